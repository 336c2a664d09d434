package com.aftersales.kpi;

import com.aftersales.vocabulary.Outcome;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.IssueType;
import com.aftersales.vocabulary.KeepOrderDecision;
import com.aftersales.vocabulary.Step;
import com.aftersales.process.DisputeEscalation;
import com.aftersales.kpi.KpiQuery.StepRank;
import com.aftersales.kpi.KpiReport.AgentLoad;
import com.aftersales.kpi.KpiReport.Closed;
import com.aftersales.kpi.KpiReport.Count;
import com.aftersales.kpi.KpiReport.DeadlineCount;
import com.aftersales.kpi.KpiReport.Disputes;
import com.aftersales.kpi.KpiReport.ExchangeRate;
import com.aftersales.kpi.KpiReport.Link;
import com.aftersales.kpi.KpiReport.Refunds;
import com.aftersales.kpi.KpiReport.Satisfaction;
import com.aftersales.kpi.KpiReport.SearchPill;
import com.aftersales.kpi.KpiReport.StepCount;
import com.aftersales.kpi.KpiReport.TimeToClose;
import com.aftersales.kpi.ModelFacts.Deadline;
import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.Processes;
import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.ReviewRemediation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.cockpit.db.QueryParameters;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.db.QueryService;

/**
 * Computes the after-sales KPIs with the queries of {@code queries/kpi.xml}. Used by the Cockpit
 * plugin's resource (through Cockpit's query service) and by the metrics (through
 * {@link KpiQueryService}): both run the same mapped statements.
 */
public final class Kpis {

    /** The processes whose deadlines count: a case, its dispute, a review case. */
    public static final List<String> PROCESS_KEYS = Processes.KEYS;

    private static final String NAMESPACE = "cockpit.aftersales.";

    /** Deployed models never change: what a definition's model says is read once. */
    private static final Map<String, ModelFacts> FACTS = new ConcurrentHashMap<>();

    private final QueryService queries;
    private final ProcessEngine engine;
    private final KpiVocabulary vocabulary;

    public Kpis(QueryService queries, ProcessEngine engine, KpiVocabulary vocabulary) {
        this.queries = queries;
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    /** All figures for the period ending now; of one process definition's cases when its id is given. */
    public KpiReport report(Period period, String processDefinitionId, Instant now, ZoneId zone) {
        Instant from = period.startBefore(now, zone);
        Models models = models();
        KpiQuery query = query(models, processDefinitionId, from, now);

        List<KpiRow> byStep = rows("selectOpenCasesByStep", query);
        List<KpiRow> closedRows = rows("selectClosedCases", query.about(Var.OUTCOME.name(), Var.RESOLUTION.name()));
        List<KpiRow> breachRows = query.getDeadlineIds().isEmpty() ? List.of() : rows("selectBreaches", query.about(Var.CASE_AGENT.name(), null));

        Closed closed = closed(closedRows);
        return new KpiReport(
                new KpiReport.Scope(period.code(), from.toString(), now.toString(), AfterSalesCase.PROCESS_KEY,
                        processDefinitionId),
                byStep.stream().mapToLong(KpiRow::getCases).sum(),
                openByStep(byStep, models),
                pastDeadline(query, models),
                closed,
                exchangeRate(closedRows),
                disputes(closedRows, closed.cases(), first(rows("selectPenalties", query))),
                timeToClose(rows("selectTimeToClose", query.about(Var.ISSUE_TYPE.name(), null))),
                satisfaction(rows("selectSatisfaction", query.about(Var.SATISFIED.name(), Var.SATISFACTION_SCORE.name())),
                        first(rows("selectReviews", query))),
                refunds(query, models),
                rows("selectRemediesGiven", query).stream()
                        .map(row -> new KpiReport.RemedyCount(row.getKey(), row.getCases(), row.getAmount())).toList(),
                tiers(query),
                logistics(query),
                breaches(breachRows, models),
                agents(query, breachRows, models),
                vocabulary.labels().catalogue());
    }

    /** For the diagram: how many open cases of the definition wait at each user task past a deadline. */
    public Map<String, Long> waitingPastDeadline(String processDefinitionId, Instant now) {
        Models models = models();
        KpiQuery query = query(models, processDefinitionId, now, now);
        if (query.getDeadlines().isEmpty()) {
            return Map.of();
        }
        return rows("selectWaitingPastDeadline", query).stream()
                .collect(Collectors.toMap(KpiRow::getKey, KpiRow::getCases, Long::sum, TreeMap::new));
    }

    /** Open cases by step, every step listed (the gauge). */
    public Map<Step, Long> openCasesByStep() {
        Models models = models();
        Instant now = Instant.now();
        Map<Step, Long> counts = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            if (step != Step.CLOSED) {
                counts.put(step, 0L);
            }
        }
        for (KpiRow row : rows("selectOpenCasesByStep", query(models, null, now, now))) {
            counts.merge(stepOfRank(row.getKey()), row.getCases(), Long::sum);
        }
        return counts;
    }

    /**
     * The daily series of the last {@code days} days (today included), each day from midnight to midnight in the
     * shop's zone. One day's figures are those of the report for that day, counted by the same queries.
     */
    public List<TrendDay> trends(int days, Instant now, ZoneId zone) {
        Models models = models();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<TrendDay> series = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            Instant from = day.atStartOfDay(zone).toInstant();
            // the queries take the period with both ends: the day ends a millisecond before the next one starts
            Instant to = day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            KpiQuery query = query(models, null, from, to);
            List<KpiRow> closedRows = rows("selectClosedCases", query.about(Var.OUTCOME.name(), Var.RESOLUTION.name()));
            long breaches = query.getDeadlineIds().isEmpty() ? 0
                    : rows("selectBreaches", query.about(Var.CASE_AGENT.name(), null)).stream()
                            .mapToLong(KpiRow::getCases).sum();
            Satisfaction satisfaction = satisfaction(rows("selectSatisfaction",
                    query.about(Var.SATISFIED.name(), Var.SATISFACTION_SCORE.name())), first(rows("selectReviews", query)));
            long opened = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(AfterSalesCase.PROCESS_KEY)
                    .startedAfter(Date.from(from)).startedBefore(Date.from(to)).count();
            series.add(new TrendDay(day.toString(), opened, closed(closedRows).cases(), breaches,
                    exchangeRate(closedRows).rate(), satisfaction.shareSatisfied(),
                    first(rows("selectRefundsPaid", query)).getAmount()));
        }
        return series;
    }

    /** The lost-parcel and mis-shipment register of one month of the shop's calendar. */
    public RegisterReport shippingRegister(java.time.YearMonth month, ZoneId zone) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        QueryParameters parameters = new QueryParameters();
        parameters.setParameter(query(models(), null, from, to));
        parameters.disableMaxResultsLimit();
        List<RegisterEntry> entries = queries.executeQuery(NAMESPACE + "selectShippingRegister", parameters);
        return RegisterReport.of(month.toString(), entries);
    }

    /** Parcels marked shipped before {@code shippedBefore} that the carrier has not picked up since (虚假发货 risk). */
    public List<ShipmentAtRisk> shipmentsNotPickedUp(Instant shippedBefore) {
        QueryParameters parameters = new QueryParameters();
        parameters.setParameter(query(models(), null, shippedBefore, shippedBefore));
        parameters.disableMaxResultsLimit();
        return queries.executeQuery(NAMESPACE + "selectShipmentsNotPickedUp", parameters);
    }

    /** Cases whose refund payment is stuck in an incident now (all definitions), for the exported gauge. */
    public long refundsInIncident() {
        Instant now = Instant.now();
        KpiQuery query = query(models(), null, now, now);
        return query.getRefundActivities().isEmpty() ? 0
                : rows("selectRefundIncidents", query).stream().mapToLong(KpiRow::getCases).sum();
    }

    // --- the figures ------------------------------------------------------------------------------

    private static List<StepCount> openByStep(List<KpiRow> rows, Models models) {
        Map<Step, List<KpiRow>> byStep = new TreeMap<>();
        rows.forEach(row -> byStep.computeIfAbsent(stepOfRank(row.getKey()), step -> new ArrayList<>()).add(row));
        return byStep.entrySet().stream().map(entry -> new StepCount(entry.getKey().name(),
                        entry.getValue().stream().mapToLong(KpiRow::getCases).sum(),
                        links(entry.getValue(), models, definitionId -> models.facts(definitionId).steps().entrySet()
                                .stream().filter(step -> step.getValue() == entry.getKey())
                                .map(step -> SearchPill.activity(step.getKey())).sorted(Comparator.comparing(SearchPill::value))
                                .toList())))
                .toList();
    }

    private List<DeadlineCount> pastDeadline(KpiQuery query, Models models) {
        if (query.getDeadlines().isEmpty()) {
            return List.of();
        }
        Map<String, List<KpiRow>> byDeadline = new TreeMap<>();
        rows("selectPastDeadline", query).forEach(row -> byDeadline.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row));
        return byDeadline.entrySet().stream().map(entry -> new DeadlineCount(entry.getKey(), models.deadlineName(entry.getKey()),
                        entry.getValue().stream().mapToLong(KpiRow::getCases).sum(),
                        links(entry.getValue(), models, definitionId -> models.facts(definitionId).deadlines().stream()
                                .filter(deadline -> deadline.deadlineId().equals(entry.getKey()))
                                .map(deadline -> SearchPill.activity(deadline.scopeActivityId())).toList())))
                .toList();
    }

    /** All closed cases by outcome; the resolved ones by the resolution that resolved them. */
    private static Closed closed(List<KpiRow> rows) {
        List<KpiRow> resolved = rows.stream().filter(row -> Outcome.RESOLVED.name().equals(row.getKey())).toList();
        return new Closed(rows.stream().mapToLong(KpiRow::getCases).sum(),
                counts(rows, KpiRow::getKey), counts(resolved, KpiRow::getSubKey));
    }

    private static ExchangeRate exchangeRate(List<KpiRow> rows) {
        long exchanges = resolved(rows, Resolution.EXCHANGE);
        long returns = resolved(rows, Resolution.RETURN_AND_REFUND);
        return new ExchangeRate(exchanges, returns, share(exchanges, exchanges + returns));
    }

    private static long resolved(List<KpiRow> rows, Resolution resolution) {
        return rows.stream().filter(row -> Outcome.RESOLVED.name().equals(row.getKey())
                        && resolution.name().equals(row.getSubKey()))
                .mapToLong(KpiRow::getCases).sum();
    }

    private static Disputes disputes(List<KpiRow> rows, long closedCases, KpiRow penalties) {
        long disputes = rows.stream().filter(Kpis::isDispute).mapToLong(KpiRow::getCases).sum();
        long seller = outcome(rows, Outcome.DISPUTE_SELLER_LIABLE);
        long buyer = outcome(rows, Outcome.DISPUTE_BUYER_LIABLE);
        return new Disputes(closedCases, disputes, share(disputes, closedCases), seller, buyer, penalties.getCases(),
                penalties.getAmount());
    }

    private static boolean isDispute(KpiRow row) {
        return row.getFirst() != null && row.getFirst() > 0
                || Outcome.DISPUTE_SELLER_LIABLE.name().equals(row.getKey())
                || Outcome.DISPUTE_BUYER_LIABLE.name().equals(row.getKey());
    }

    private static long outcome(List<KpiRow> rows, Outcome outcome) {
        return rows.stream().filter(row -> outcome.name().equals(row.getKey())).mapToLong(KpiRow::getCases).sum();
    }

    private static List<TimeToClose> timeToClose(List<KpiRow> rows) {
        return rows.stream()
                .map(row -> new TimeToClose(row.getKey(), row.getCases(), seconds(row.getFirst()), seconds(row.getSecond())))
                .sorted(Comparator.comparing(TimeToClose::issueType, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Satisfaction satisfaction(List<KpiRow> rows, KpiRow reviews) {
        long answered = 0;
        long satisfied = 0;
        long scored = 0;
        double scores = 0;
        for (KpiRow row : rows) {
            if (row.getKey() != null) {
                answered += row.getCases();
                satisfied += "1".equals(row.getKey()) ? row.getCases() : 0;
            }
            if (row.getFirst() != null) {
                scored += row.getCases();
                scores += row.getFirst() * row.getCases();
            }
        }
        return new Satisfaction(answered, satisfied, share(satisfied, answered), scored,
                scored == 0 ? null : scores / scored, reviews.getCases(),
                reviews.getFirst() == null ? 0 : reviews.getFirst().longValue());
    }

    private Refunds refunds(KpiQuery query, Models models) {
        KpiRow paid = first(rows("selectRefundsPaid", query));
        List<KpiRow> incidents = query.getRefundActivities().isEmpty() ? List.of() : rows("selectRefundIncidents", query);
        return new Refunds(paid.getCases(), paid.getAmount(), incidents.stream().mapToLong(KpiRow::getCases).sum(),
                links(incidents, models, definitionId -> {
                    List<SearchPill> pills = new ArrayList<>();
                    models.facts(definitionId).refundActivities().stream().sorted().map(SearchPill::activity).forEach(pills::add);
                    pills.add(SearchPill.withIncident());
                    return pills;
                }));
    }

    private List<DeadlineCount> breaches(List<KpiRow> rows, Models models) {
        Map<String, Long> byDeadline = rows.stream()
                .collect(Collectors.groupingBy(KpiRow::getKey, TreeMap::new, Collectors.summingLong(KpiRow::getCases)));
        return byDeadline.entrySet().stream()
                .map(entry -> new DeadlineCount(entry.getKey(), models.deadlineName(entry.getKey()), entry.getValue(), List.of()))
                .toList();
    }

    private KpiReport.Logistics logistics(KpiQuery query) {
        Set<String> logisticsTypes = Set.of(IssueType.NOT_SHIPPED.name(), IssueType.LOGISTICS_DELAY.name(),
                IssueType.ADDRESS_CHANGE.name());
        List<Count> contacts = counts(rows("selectClosedCasesByVariable", query.about(Var.ISSUE_TYPE.name(), null))
                .stream().filter(row -> logisticsTypes.contains(row.getKey())).toList(), KpiRow::getKey);
        KpiRow urges = first(rows("selectUrges", query));
        Map<String, Long> kept = byValue(rows("selectClosedCasesByVariable",
                query.about(Var.KEEP_ORDER_DECISION.name(), null)), KpiRow::getKey);
        kept.remove(null);
        long attempts = kept.values().stream().mapToLong(Long::longValue).sum();
        long withdrawn = kept.getOrDefault(KeepOrderDecision.WITHDRAWN.name(), 0L);
        return new KpiReport.Logistics(contacts, urges.getCases(), urges.getFirst() == null ? 0 : urges.getFirst().longValue(),
                urges.getSecond() == null ? 0 : urges.getSecond().longValue(), attempts, withdrawn, share(withdrawn, attempts));
    }

    private KpiReport.Tiers tiers(KpiQuery query) {
        KpiQuery byTier = query.about(Var.BUYER_TIER.name(), null);
        return new KpiReport.Tiers(counts(rows("selectOpenCasesByVariable", byTier), KpiRow::getKey),
                counts(rows("selectClosedCasesByVariable", byTier), KpiRow::getKey));
    }

    private List<AgentLoad> agents(KpiQuery query, List<KpiRow> breachRows, Models models) {
        KpiQuery byAgent = query.about(Var.CASE_AGENT.name(), null);
        List<KpiRow> open = rows("selectOpenCasesByVariable", byAgent);
        Map<String, Long> closed = byValue(rows("selectClosedCasesByVariable", byAgent), KpiRow::getKey);
        Map<String, Long> breaches = byValue(breachRows, KpiRow::getSubKey);
        Map<String, List<KpiRow>> openByAgent = new LinkedHashMap<>();
        open.forEach(row -> openByAgent.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row));

        TreeMap<String, AgentLoad> agents = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Set<String> names = new java.util.HashSet<>(openByAgent.keySet());
        names.addAll(closed.keySet());
        names.addAll(breaches.keySet());
        for (String agent : names) {
            List<KpiRow> openRows = openByAgent.getOrDefault(agent, List.of());
            agents.put(agent, new AgentLoad(agent, openRows.stream().mapToLong(KpiRow::getCases).sum(),
                    closed.getOrDefault(agent, 0L), breaches.getOrDefault(agent, 0L),
                    agent == null ? List.of() : links(openRows, models,
                            definitionId -> List.of(SearchPill.variable(Var.CASE_AGENT.name(), agent)))));
        }
        return List.copyOf(agents.values());
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Step stepOfRank(String rank) {
        int value = rank == null ? 0 : Integer.parseInt(rank.trim());
        // an open case waiting where no step is declared is still at the start, as the case view says
        return value == 0 ? Step.INQUIRY : Step.values()[value - 1];
    }

    private static List<Link> links(List<KpiRow> rows, Models models, Function<String, List<SearchPill>> search) {
        return rows.stream().filter(row -> row.getDefinitionId() != null && row.getCases() > 0)
                .collect(Collectors.groupingBy(KpiRow::getDefinitionId, TreeMap::new, Collectors.summingLong(KpiRow::getCases)))
                .entrySet().stream()
                .map(entry -> new Link(entry.getKey(), models.version(entry.getKey()), entry.getValue(), search.apply(entry.getKey())))
                .sorted(Comparator.comparingInt(Link::version).reversed())
                .toList();
    }

    private static KpiRow first(List<KpiRow> rows) {
        return rows.stream().findFirst().orElseGet(KpiRow::new);
    }

    private static List<Count> counts(List<KpiRow> rows, Function<KpiRow, String> key) {
        return byValue(rows, key).entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Count::cases).reversed()
                        .thenComparing(Count::value, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Map<String, Long> byValue(List<KpiRow> rows, Function<KpiRow, String> key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.merge(key.apply(row), row.getCases(), Long::sum));
        return counts;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static double seconds(Double millis) {
        return millis == null ? 0 : millis / 1000.0;
    }

    /** Runs one KPI statement (the benchmark times them one by one). */
    List<KpiRow> rows(String statement, KpiQuery query) {
        QueryParameters parameters = new QueryParameters();
        parameters.setParameter(query);
        parameters.disableMaxResultsLimit();
        return queries.executeQuery(NAMESPACE + statement, parameters);
    }

    /** The parameters of every statement for a period and, optionally, one definition's cases. */
    KpiQuery query(String processDefinitionId, Instant from, Instant to) {
        return query(models(), processDefinitionId, from, to);
    }

    private KpiQuery query(Models models, String processDefinitionId, Instant from, Instant to) {
        List<StepRank> ranks = models.stepRanks();
        return new KpiQuery(AfterSalesCase.PROCESS_KEY, DisputeEscalation.PROCESS_KEY, PROCESS_KEYS, processDefinitionId,
                Date.from(from), Date.from(to), Date.from(to), ranks, models.deadlines(), models.refundActivities(),
                null, null);
    }

    private Models models() {
        List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeyIn(PROCESS_KEYS.toArray(String[]::new)).orderByProcessDefinitionVersion().asc().list();
        Map<String, ProcessDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(definition -> byId.put(definition.getId(), definition));
        return new Models(byId);
    }

    /** The deployed definitions of the processes that count, oldest version first, with their facts. */
    private final class Models {

        private final Map<String, ProcessDefinition> definitions;

        Models(Map<String, ProcessDefinition> definitions) {
            this.definitions = definitions;
        }

        ModelFacts facts(String definitionId) {
            return FACTS.computeIfAbsent(definitionId,
                    id -> ModelFacts.of(engine.getRepositoryService().getBpmnModelInstance(id)));
        }

        int version(String definitionId) {
            ProcessDefinition definition = definitions.get(definitionId);
            return definition == null ? 0 : definition.getVersion();
        }

        private List<ModelFacts> all() {
            return definitions.keySet().stream().map(this::facts).toList();
        }

        private List<ModelFacts> cases() {
            return definitions.values().stream().filter(definition -> AfterSalesCase.PROCESS_KEY.equals(definition.getKey()))
                    .map(definition -> facts(definition.getId())).toList();
        }

        /** Every element of every version of the case process with a step, ranked by the step (newer versions win). */
        List<StepRank> stepRanks() {
            Map<String, Step> steps = new TreeMap<>();
            cases().forEach(facts -> steps.putAll(facts.steps()));
            return steps.entrySet().stream().map(entry -> new StepRank(entry.getKey(), entry.getValue().ordinal() + 1))
                    .toList();
        }

        List<Deadline> deadlines() {
            return all().stream().flatMap(facts -> facts.deadlines().stream()).distinct().toList();
        }

        List<String> refundActivities() {
            return all().stream().flatMap(facts -> facts.refundActivities().stream()).distinct().sorted().toList();
        }

        /** The deadline's name and configured length (of the newest version that has it), else its id. */
        String deadlineName(String deadlineId) {
            return all().stream().flatMap(facts -> facts.deadlines().stream())
                    .filter(deadline -> deadline.deadlineId().equals(deadlineId))
                    .map(Deadline::deadlineKey).filter(Objects::nonNull).reduce((older, newer) -> newer)
                    .map(vocabulary.deadlines()::name).orElse(deadlineId);
        }
    }
}
