package com.aftersales.timeline;

import com.aftersales.casefile.CaseRepository;
import com.aftersales.casefile.CaseView;
import com.aftersales.casefile.CaseViews;
import com.aftersales.notification.Outbox;
import com.aftersales.vocabulary.Audience;
import com.aftersales.vocabulary.CaseStatus;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Builds a case's timeline for a user who may see it ({@link CaseAccess}); for anyone else, as for an unknown case,
 * there is none.
 */
@Service
public class CaseTimelines {

    /** The buyer's other cases shown, newest first. */
    static final int OTHER_CASES = 20;

    /**
     * The activity types a timeline lists: the work done and the waits. Not start and end events (the start and end
     * of a process or sub-process, whose outcome is the closing step before the end), nor the gateways, which the
     * default history does not keep either (history/LeanHistory); a message sent is listed under the messages.
     */
    private static final List<String> STEP_TYPES = List.of("userTask", "serviceTask", "sendTask", "receiveTask",
            "intermediateTimer", "boundaryTimer", "intermediateMessageCatch", "boundaryMessage", "callActivity",
            "businessRuleTask");

    /** The codes a timeline shows, which Tasklist names by their labels. */
    private static final Set<String> LABELLED = Set.of(CaseStatus.class.getSimpleName(), Step.class.getSimpleName(),
            Audience.class.getSimpleName());

    private final CaseViews views;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;
    private final Map<String, Map<String, String>> labels;

    CaseTimelines(CaseViews views, CaseRepository cases, Outbox outbox, HistoryService history,
                  IdentityService identity, Clock clock, Labels labels) {
        this.views = views;
        this.cases = cases;
        this.outbox = outbox;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
        this.labels = labels.catalogue().entrySet().stream()
                .filter(type -> LABELLED.contains(type.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The timelines of the application that serves the engine, for the web apps' plugin resources, which the web
     * apps create outside Spring (see {@link TasklistBeans}).
     */
    public static CaseTimelines servingEngine(String engineName) {
        return TasklistBeans.of(engineName).timelines;
    }

    /** An open case as a list shows it: where it stands (the step and its words), whose it is, its process instance. */
    public record OpenCase(String caseId, String orderId, String buyerId, Step step, String stepLabel, String agent,
                           String agentName, Instant createdAt, String processInstanceId) {
    }

    /** Open cases, and the shop's zone in which the web apps show their times. */
    public record OpenCases(String zone, List<OpenCase> cases) {
    }

    /** The open cases, newest first, at most {@code limit}, for a user who may see every case ({@link CaseAccess}). */
    public OpenCases open(int limit, Collection<String> groups) {
        if (!CaseAccess.seesAll(groups)) {
            return new OpenCases(clock.getZone().getId(), List.of());
        }
        Map<String, String> steps = labels.getOrDefault(Step.class.getSimpleName(), Map.of());
        Map<String, String> names = new java.util.HashMap<>();
        return new OpenCases(clock.getZone().getId(), cases.search(null, CaseStatus.OPEN, limit).stream()
                .map(record -> {
                    CaseView view = views.view(record);
                    return new OpenCase(record.caseId(), record.orderId(), record.buyerId(), view.step(),
                            steps.getOrDefault(view.step().name(), view.step().name()), view.assignee(),
                            view.assignee() == null ? null : names.computeIfAbsent(view.assignee(), this::nameOf),
                            record.createdAt(), record.processInstanceId());
                })
                .toList());
    }

    /** A user's full name, or the id where the user is unknown. */
    private String nameOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : fullName(user);
    }

    /** First and last name, or the id where the user has neither. */
    static String fullName(User user) {
        String name = java.util.stream.Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(" "));
        return name.isEmpty() ? user.getId() : name;
    }

    /** The case's timeline, if the case exists and {@code userId} (a member of {@code groups}) may see it. */
    public Optional<CaseTimeline> of(String caseId, String userId, Collection<String> groups) {
        return views.find(caseId).filter(view -> CaseAccess.maySee(userId, groups, view)).map(this::timeline);
    }

    private CaseTimeline timeline(CaseView view) {
        List<CaseTimeline.Deadline> deadlines = view.openDeadlines().stream()
                .map(deadline -> new CaseTimeline.Deadline(deadline.name(), deadline.dueAt(),
                        Duration.between(clock.instant(), deadline.dueAt()).toSeconds()))
                .toList();
        List<CaseTimeline.OtherCase> others = views.search(view.buyerId(), null, OTHER_CASES + 1).stream()
                .filter(other -> !other.caseId().equals(view.caseId()))
                .limit(OTHER_CASES)
                .map(other -> new CaseTimeline.OtherCase(other.caseId(), other.orderId(), other.status(), other.step(),
                        other.assignee(), other.createdAt()))
                .toList();
        List<CaseTimeline.StepPassed> steps = steps(view.caseId());
        Map<String, String> people = new java.util.TreeMap<>();
        java.util.stream.Stream.of(java.util.stream.Stream.of(view.assignee()),
                        steps.stream().map(CaseTimeline.StepPassed::by), others.stream().map(CaseTimeline.OtherCase::agent))
                .flatMap(ids -> ids).filter(java.util.Objects::nonNull)
                .forEach(id -> people.computeIfAbsent(id, this::nameOf));
        return new CaseTimeline(view.caseId(), view.orderId(), view.buyerId(), view.status(), view.step(),
                view.assignee(), steps, outbox.messagesOf(view.caseId()), view.refunds(), deadlines,
                others, clock.getZone().getId(), labels, people);
    }

    /** Every process of the case (the case itself, a dispute after closing) carries its id as business key. */
    private List<CaseTimeline.StepPassed> steps(String caseId) {
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        return instances.stream()
                .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                        .stream())
                .filter(activity -> STEP_TYPES.contains(activity.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
                        .thenComparing(HistoricActivityInstance::getId))
                .map(activity -> new CaseTimeline.StepPassed(activity.getActivityId(), activity.getActivityName(),
                        activity.getActivityType(), activity.getAssignee(), activity.getStartTime().toInstant(),
                        activity.getEndTime() == null ? null : activity.getEndTime().toInstant()))
                .toList();
    }
}
