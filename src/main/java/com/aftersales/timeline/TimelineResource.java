package com.aftersales.timeline;

import com.aftersales.routing.Availability;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * The Tasklist plugin's resource: the timeline of a task's case for the logged-in user, and that user's own
 * availability. The task is read with the user's own permissions, and the case only if {@link CaseAccess} lets
 * them: for anyone else the answer is 404, so nobody learns of a case they may not see.
 */
public class TimelineResource extends AbstractTasklistPluginResource {

    public TimelineResource(String engineName) {
        super(engineName);
    }

    /** {@code GET …/timeline?taskId=…} */
    @GET
    @Path("timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseTimeline timeline(@QueryParam("taskId") String taskId) {
        Authentication user = user();
        if (taskId == null || taskId.isBlank()) {
            throw problem(Response.Status.BAD_REQUEST, "taskId is required");
        }
        // the task with the user's own permissions: a task they may not read has no case for them
        Task task = getProcessEngine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw noCase();
        }
        // the case with the application's own rule (CaseAccess), which reads the instance and its history whole:
        // agents have no engine permission on either, and the engine filters by the request's user
        return asApplication(user, () -> {
            ProcessInstance instance = getProcessEngine().getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            String caseId = instance == null ? null : instance.getBusinessKey();
            return caseId == null ? Optional.<CaseTimeline>empty()
                    : TasklistBeans.of(engineName).timelines.of(caseId, user.getUserId(), groups(user));
        }).orElseThrow(TimelineResource::noCase);
    }

    /** A person by name, as a team lead picks whom to give a task to. */
    public record Person(String id, String name) {
    }

    /** Whom a task may be given to: the members of its candidate groups, by name, and who has it now. */
    public record Assignees(Person assignee, List<Person> candidates) {
    }

    /**
     * {@code GET …/assignees?taskId=…}: for team leads, managers and administrators, who reassign tasks, the people of
     * the task's candidate groups by full name (Tasklist asks for a user id, and shows leads ids where they may not
     * read users). The assignment itself goes through Tasklist, with the user's own permissions. Anyone else: 404.
     */
    @GET
    @Path("assignees")
    @Produces(MediaType.APPLICATION_JSON)
    public Assignees assignees(@QueryParam("taskId") String taskId) {
        Authentication user = user();
        if (taskId == null || taskId.isBlank()) {
            throw problem(Response.Status.BAD_REQUEST, "taskId is required");
        }
        Task task = getProcessEngine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !CaseAccess.seesAll(groups(user))) {
            throw problem(Response.Status.NOT_FOUND, "No task for you to reassign.");
        }
        return asApplication(user, () -> {
            IdentityService identity = getProcessEngine().getIdentityService();
            List<String> candidateGroups = getProcessEngine().getTaskService().getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            List<Person> candidates = candidateGroups.stream()
                    .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
                    .map(TimelineResource::person).distinct()
                    .sorted(java.util.Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
            Person assignee = task.getAssignee() == null ? null
                    : Optional.ofNullable(identity.createUserQuery().userId(task.getAssignee()).singleResult())
                    .map(TimelineResource::person).orElse(new Person(task.getAssignee(), task.getAssignee()));
            return new Assignees(assignee, candidates);
        });
    }

    private static Person person(User user) {
        return new Person(user.getId(), CaseTimelines.fullName(user));
    }

    /**
     * Runs {@code work} without the request's user, whose engine permissions would hide what the application's own
     * rules allow (agents may read no user, instance or history), and gives the user back afterwards.
     */
    private <T> T asApplication(Authentication user, Supplier<T> work) {
        IdentityService identity = getProcessEngine().getIdentityService();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            identity.setAuthentication(user);
        }
    }

    private static WebApplicationException noCase() {
        return problem(Response.Status.NOT_FOUND, "No case of this task for you to see.");
    }

    /** The logged-in agent's own availability. */
    public record OwnAvailability(String userId, Availability status) {
    }

    /** {@code GET …/availability}: 404 for a user who is not an agent. */
    @GET
    @Path("availability")
    @Produces(MediaType.APPLICATION_JSON)
    public OwnAvailability availability() {
        Authentication user = user();
        String userId = user.getUserId();
        return asApplication(user, () -> TasklistBeans.of(engineName).availability.of(userId))
                .map(status -> new OwnAvailability(userId, status))
                .orElseThrow(() -> problem(Response.Status.NOT_FOUND, "Only agents have an availability."));
    }

    /** {@code PUT …/availability} with {@code {"status":"AWAY"|"AVAILABLE"}}: routing follows at once. */
    @PUT
    @Path("availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public OwnAvailability setAvailability(Map<String, Object> body) {
        Authentication user = user();
        String userId = user.getUserId();
        Availability status = status(body);
        if (!asApplication(user, () -> TasklistBeans.of(engineName).availability.set(userId, status))) {
            throw problem(Response.Status.NOT_FOUND, "Only agents have an availability.");
        }
        return new OwnAvailability(userId, status);
    }

    private static Availability status(Map<String, Object> body) {
        try {
            return Availability.valueOf(String.valueOf(body == null ? null : body.get("status")));
        } catch (IllegalArgumentException e) {
            throw problem(Response.Status.BAD_REQUEST, "status must be one of AVAILABLE, AWAY");
        }
    }

    private Authentication user() {
        Authentication user = getProcessEngine().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw problem(Response.Status.UNAUTHORIZED, "Log in to Tasklist first.");
        }
        return user;
    }

    private List<String> groups(Authentication user) {
        return user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    private static WebApplicationException problem(Response.Status status, String detail) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.getStatusCode(),
                        "detail", detail))
                .build());
    }
}
