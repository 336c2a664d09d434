package com.aftersales.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures a service manager steers by, for one period and either all cases or the cases of one
 * process definition. What each figure counts is documented in the README ("Managers' view").
 */
public record KpiReport(
        Scope scope,
        long openCases,
        List<StepCount> openByStep,
        List<DeadlineCount> pastDeadline,
        Closed closed,
        ExchangeRate exchangeRate,
        Disputes disputes,
        List<TimeToClose> timeToClose,
        Satisfaction satisfaction,
        Refunds refunds,
        /** Remedies paid or issued in the period, by kind, with what they cost. */
        List<RemedyCount> remedies,
        /** Open cases now and cases closed in the period, by the buyer's tier. */
        Tiers tiers,
        /** Logistics contacts closed in the period by type, shipment urges, and how often an order was kept (挽单). */
        Logistics logistics,
        List<DeadlineCount> breaches,
        List<AgentLoad> agents,
        /** Every code's label (type → code → "中文 English"), so that the plugin shows words, not codes. */
        Map<String, Map<String, String>> labels) {

    public record Scope(String period, String from, String to, String processDefinitionKey, String processDefinitionId) {
    }

    /** Where Cockpit shows the matching running instances: a definition's page with its instance search. */
    public record Link(String processDefinitionId, int version, long cases, List<SearchPill> search) {
    }

    /** One criterion of Cockpit's instance search (its {@code searchQuery} URL parameter). */
    public record SearchPill(String type, String operator, String value, String name) {

        static SearchPill activity(String activityId) {
            return new SearchPill("activityIdIn", "eq", activityId, "");
        }

        static SearchPill variable(String name, String value) {
            return new SearchPill("variables", "eq", value, name);
        }

        static SearchPill withIncident() {
            return new SearchPill("withIncident", "eq", "", "");
        }
    }

    public record StepCount(String step, long cases, List<Link> links) {
    }

    public record DeadlineCount(String deadline, String name, long cases, List<Link> links) {
    }

    public record Count(String value, long cases) {
    }

    public record Closed(long cases, List<Count> byOutcome, List<Count> byResolution) {
    }

    /** Of the cases resolved by taking the goods back, the share resolved by an exchange. */
    public record ExchangeRate(long exchanges, long returns, Double rate) {
    }

    public record Disputes(long closedCases, long disputes, Double rate, long sellerLiable, long buyerLiable,
                           long penalties, BigDecimal penaltyRefunds) {
    }

    /** Durations in seconds. */
    public record TimeToClose(String issueType, long cases, double medianSeconds, double p90Seconds) {
    }

    public record Satisfaction(long answered, long satisfied, Double shareSatisfied, long scored, Double averageScore,
                               long reviewsClosed, long reviewsRevised) {
    }

    public record Refunds(long paid, BigDecimal amount, long inIncidents, List<Link> incidentLinks) {
    }

    public record RemedyCount(String kind, long given, BigDecimal amount) {
    }

    public record Tiers(List<Count> open, List<Count> closed) {
    }

    /**
     * @param ordersUrged      orders urged to ship in the period
     * @param urges            urges in the period (a case each)
     * @param ordersUrgedAgain orders urged more than once in the period
     * @param keepAttempts     refund requests before delivery decided in the period, {@code kept} of them withdrawn
     */
    public record Logistics(List<Count> contacts, long ordersUrged, long urges, long ordersUrgedAgain,
                            long keepAttempts, long kept, Double keepRate) {
    }

    public record AgentLoad(String agent, long open, long closed, long breaches, List<Link> links) {
    }
}
