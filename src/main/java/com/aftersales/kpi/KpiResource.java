package com.aftersales.kpi;

import com.aftersales.security.Groups;
import com.aftersales.timeline.CaseTimeline;
import com.aftersales.timeline.CaseTimelines;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.cockpit.db.QueryParameters;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The KPIs for the plugin's views. Only service managers, team leads and administrators get them
 * (all of whom may read every case's history); anyone else logged in to Cockpit gets 403.
 */
public class KpiResource extends AbstractCockpitPluginResource {

    static final List<String> ALLOWED_GROUPS = List.of(Groups.MANAGERS, Groups.TEAM_LEADS, Groups.ADMINS);

    public KpiResource(String engineName) {
        super(engineName);
    }

    /** {@code GET …/kpis?period=today|7d|30d[&processDefinitionId=…]} */
    @GET
    @Path("kpis")
    @Produces(MediaType.APPLICATION_JSON)
    public KpiReport report(@QueryParam("period") String period, @QueryParam("processDefinitionId") String processDefinitionId) {
        requireAllowedGroup();
        return kpis().report(period(period), blankToNull(processDefinitionId), now(), KpiVocabulary.current().zone());
    }

    /** {@code GET …/waiting-past-deadline?processDefinitionId=…}: user task id → open cases waiting there past a deadline. */
    @GET
    @Path("waiting-past-deadline")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> waitingPastDeadline(@QueryParam("processDefinitionId") String processDefinitionId) {
        requireAllowedGroup();
        if (blankToNull(processDefinitionId) == null) {
            throw problem(Response.Status.BAD_REQUEST, "processDefinitionId is required");
        }
        return kpis().waitingPastDeadline(processDefinitionId, now());
    }

    /** {@code GET …/trends?days=30|90}: the daily series, days in the shop's zone. */
    @GET
    @Path("trends")
    @Produces(MediaType.APPLICATION_JSON)
    public List<TrendDay> trends(@QueryParam("days") String days) {
        requireAllowedGroup();
        return kpis().trends(days(days), now(), KpiVocabulary.current().zone());
    }

    /** {@code GET …/cases.csv?days=30|90}: the cases opened in the period, as a download. */
    @GET
    @Path("cases.csv")
    @Produces("text/csv")
    public Response casesCsv(@QueryParam("days") String days) {
        requireAllowedGroup();
        int period = days(days);
        ZoneId zone = KpiVocabulary.current().zone();
        Instant now = now();
        Instant from = now.atZone(zone).toLocalDate().minusDays(period - 1L).atStartOfDay(zone).toInstant();
        String csv = new CaseExport(getProcessEngine().getHistoryService(), zone).csv(from, now);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"after-sales-cases-" + period + "d.csv\"")
                .build();
    }

    /** {@code GET …/shipping-register?month=2026-11}: the month's lost parcels and mis-shipments (default: this month). */
    @GET
    @Path("shipping-register")
    @Produces(MediaType.APPLICATION_JSON)
    public RegisterReport shippingRegister(@QueryParam("month") String month) {
        requireAllowedGroup();
        return kpis().shippingRegister(month(month), KpiVocabulary.current().zone());
    }

    /** {@code GET …/shipping-register.csv?month=2026-11}: the same, as a download for the carrier claim. */
    @GET
    @Path("shipping-register.csv")
    @Produces("text/csv")
    public Response shippingRegisterCsv(@QueryParam("month") String month) {
        requireAllowedGroup();
        ZoneId zone = KpiVocabulary.current().zone();
        RegisterReport report = kpis().shippingRegister(month(month), zone);
        return Response.ok(report.csv(zone), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"shipping-register-" + report.month() + ".csv\"")
                .build();
    }

    /** {@code GET …/shipments-not-picked-up}: parcels shipped longer ago than the pick-up time, not picked up since. */
    @GET
    @Path("shipments-not-picked-up")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ShipmentAtRisk> shipmentsNotPickedUp() {
        requireAllowedGroup();
        return kpis().shipmentsNotPickedUp(now().minus(KpiVocabulary.current().pickUpWithin()));
    }

    /** How many open cases the after-sales view lists, newest first. */
    static final int OPEN_CASES = 50;

    /**
     * {@code GET …/open-cases}: the open cases with their step, agent and buyer, newest first, each with its process
     * instance (Cockpit's own instance list shows none of these).
     */
    @GET
    @Path("open-cases")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseTimelines.OpenCases openCases() {
        Authentication user = requireAllowedGroup();
        // the agents' names: team leads may not read users in the engine, the application names them its own way
        IdentityService identity = getProcessEngine().getIdentityService();
        identity.clearAuthentication();
        try {
            return CaseTimelines.servingEngine(engineName).open(OPEN_CASES, groupsOf(user));
        } finally {
            identity.setAuthentication(user);
        }
    }

    /**
     * {@code GET …/cases/{caseId}/timeline}: any case, open or closed, with its history - the steps passed and who did
     * them, messages, refunds, deadlines. Cockpit's own instance view ends with the instance ("has been completed"),
     * and its history views are not in the community edition.
     */
    @GET
    @Path("cases/{caseId}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseTimeline caseTimeline(@PathParam("caseId") String caseId) {
        Authentication user = requireAllowedGroup();
        return CaseTimelines.servingEngine(engineName).of(caseId.trim(), user.getUserId(), groupsOf(user))
                .orElseThrow(() -> problem(Response.Status.NOT_FOUND, "No case " + caseId + "."));
    }

    private java.time.YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return java.time.YearMonth.from(now().atZone(KpiVocabulary.current().zone()));
        }
        try {
            return java.time.YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw problem(Response.Status.BAD_REQUEST, "month must be a month as 2026-11");
        }
    }

    private static final List<Integer> TREND_DAYS = List.of(30, 90);

    private static int days(String days) {
        if (days == null || days.isBlank()) {
            return TREND_DAYS.get(0);
        }
        try {
            int value = Integer.parseInt(days);
            if (TREND_DAYS.contains(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw problem(Response.Status.BAD_REQUEST, "days must be one of " + TREND_DAYS);
    }

    /** Messages that could not be delivered, in Cockpit for the managers. */
    public record Undelivered(long pending, long failed, List<UndeliveredMessage> latestFailed) {
    }

    /** {@code GET …/undelivered-messages}: counts of pending and failed messages and the latest 50 failed ones. */
    @GET
    @Path("undelivered-messages")
    @Produces(MediaType.APPLICATION_JSON)
    public Undelivered undeliveredMessages() {
        requireAllowedGroup();
        QueryParameters all = new QueryParameters();
        all.disableMaxResultsLimit();
        List<KpiRow> counts = getQueryService().executeQuery("cockpit.aftersales.selectMessageCounts", all);
        QueryParameters latest = new QueryParameters();
        latest.setMaxResults(LATEST_FAILED);
        List<UndeliveredMessage> failed = getQueryService().executeQuery("cockpit.aftersales.selectFailedMessages",
                latest);
        return new Undelivered(count(counts, "PENDING"), count(counts, "FAILED"), failed);
    }

    private static final int LATEST_FAILED = 50;

    private static long count(List<KpiRow> counts, String status) {
        return counts.stream().filter(row -> status.equals(row.getKey())).mapToLong(KpiRow::getCases).sum();
    }

    private Kpis kpis() {
        return new Kpis(getQueryService(), getProcessEngine(), KpiVocabulary.current());
    }

    private Authentication requireAllowedGroup() {
        Authentication user = getCurrentAuthentication();
        if (groupsOf(user).stream().noneMatch(ALLOWED_GROUPS::contains)) {
            throw problem(Response.Status.FORBIDDEN,
                    "The after-sales figures are for service managers, team leads and administrators.");
        }
        return user;
    }

    private static List<String> groupsOf(Authentication user) {
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    private static Period period(String code) {
        try {
            return Period.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw problem(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static WebApplicationException problem(Response.Status status, String detail) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.getStatusCode(),
                        "detail", detail))
                .build());
    }
}
