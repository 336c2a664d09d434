package com.aftersales.security;

import com.aftersales.process.AfterSalesCase.Var;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/** The Tasklist filters of each role, found again by name on every start. */
final class TasklistFilters {

    static final String MY_CASES = "My cases 我的案件";
    static final String TEAM_QUEUE = "Team queue 团队待办";
    static final String ESCALATIONS = "Escalations 升级待办";
    static final String WAREHOUSE = "Warehouse 仓库";
    static final String ALL_CASES = "All after-sales work 全部售后任务";
    static final String OVERDUE = "Overdue 已超时";

    private static final List<Map<String, Object>> CASE_COLUMNS = List.of(
            Map.of("name", Var.CASE_ID.name(), "label", "Case 案件"),
            Map.of("name", Var.ORDER_ID.name(), "label", "Order 订单"),
            Map.of("name", Var.BUYER_ID.name(), "label", "Buyer 买家"),
            Map.of("name", Var.ISSUE_TYPE.name(), "label", "Problem 问题类型"));

    private final FilterService filters;
    private final IdentitySetup.Grants grants;

    TasklistFilters(FilterService filters, IdentitySetup.Grants grants) {
        this.filters = filters;
        this.grants = grants;
    }

    void ensure() {
        ensure(MY_CASES, -10, "Tasks assigned to me 分配给我的任务",
                query().taskAssigneeExpression("${currentUser()}"),
                Groups.AGENTS, Groups.TEAM_LEADS, Groups.WAREHOUSE, Groups.FINANCE);
        ensure(TEAM_QUEUE, -5, "Unclaimed tasks of my groups 我所在组的待认领任务",
                query().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
                Groups.AGENTS, Groups.TEAM_LEADS, Groups.WAREHOUSE, Groups.FINANCE);
        ensure(ESCALATIONS, 0, "Everything that needs a team lead 需要组长处理的事项",
                query().taskCandidateGroup(Groups.TEAM_LEADS).includeAssignedTasks(),
                Groups.TEAM_LEADS, Groups.MANAGERS);
        ensure(WAREHOUSE, 5, "Inspections and shipments 验货与发货",
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
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(IdentitySetup.asMap("description", description, "priority", priority,
                            "refresh", true, "variables", CASE_COLUMNS));
            filters.saveFilter(filter);
        }
        for (String group : groups) {
            grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
