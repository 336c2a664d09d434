package com.aftersales.security;

import com.aftersales.workbench.TaskCard;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/** The Tasklist filters of each role, found again by name and brought up to date on every start. */
final class TasklistFilters {

    static final String MY_CASES = "My cases 我的案件";
    static final String TEAM_QUEUE = "Team queue 团队待办";
    static final String ESCALATIONS = "Escalations 升级待办";
    static final String WAREHOUSE = "Warehouse 仓库";
    static final String ALL_CASES = "All after-sales work 全部售后任务";
    static final String OVERDUE = "Overdue 已超时";

    /**
     * The task's own card ({@link TaskCard}), one column: every role that sees the task reads it, unlike process
     * variables. Filters of earlier versions, with a column per part, get it at the next start ({@link #ensure}).
     */
    static final List<Map<String, Object>> CASE_COLUMNS =
            List.of(Map.of("name", TaskCard.VARIABLE, "label", TaskCard.LABEL));

    private final FilterService filters;
    private final IdentitySetup.Grants grants;

    TasklistFilters(FilterService filters, IdentitySetup.Grants grants) {
        this.filters = filters;
        this.grants = grants;
    }

    /**
     * Tasklist opens the first filter a person may read, the one of lowest priority: team leads and managers land on
     * Escalations, the warehouse on its queue (leads read it too, after Escalations), agents on their own cases.
     */
    void ensure() {
        ensure(MY_CASES, -10, "Tasks assigned to me 分配给我的任务",
                query().taskAssigneeExpression("${currentUser()}"),
                Groups.AGENTS, Groups.TEAM_LEADS, Groups.WAREHOUSE, Groups.FINANCE);
        ensure(TEAM_QUEUE, -5, "Unclaimed tasks of my groups 我所在组的待认领任务",
                query().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
                Groups.AGENTS, Groups.TEAM_LEADS, Groups.WAREHOUSE, Groups.FINANCE);
        ensure(ESCALATIONS, -30, "Everything that needs a team lead 需要组长处理的事项",
                query().taskCandidateGroup(Groups.TEAM_LEADS).includeAssignedTasks(),
                Groups.TEAM_LEADS, Groups.MANAGERS);
        ensure(WAREHOUSE, -20, "Inspections and shipments 验货与发货",
                query().taskCandidateGroup(Groups.WAREHOUSE).includeAssignedTasks(),
                Groups.WAREHOUSE, Groups.TEAM_LEADS);
        ensure(OVERDUE, -8, "Tasks of my groups past their due date 我所在组已超时的任务",
                query().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueBeforeExpression("${now()}"),
                Groups.AGENTS, Groups.TEAM_LEADS, Groups.WAREHOUSE);
        ensure(ALL_CASES, 10, "Every open after-sales task 所有售后任务",
                query().processDefinitionKeyIn(IdentitySetup.PROCESS_KEYS.toArray(String[]::new)),
                Groups.MANAGERS, Groups.TEAM_LEADS);
    }

    private static TaskQuery query() {
        return new TaskQueryImpl();
    }

    private void ensure(String name, int priority, String description, TaskQuery query, String... groups) {
        Map<String, Object> properties = IdentitySetup.asMap("description", description, "priority", priority,
                "refresh", true, "variables", CASE_COLUMNS);
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        } else if (!properties.equals(filter.getProperties())) {
            // a database of an earlier version gets today's order and columns (the query has not changed)
            filters.saveFilter(filter.setProperties(properties));
        }
        for (String group : groups) {
            grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
