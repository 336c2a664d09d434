package com.aftersales.security;

import java.util.List;

/** The contract's groups (roles → Camunda groups). */
public final class Groups {

    public static final String AGENTS = "after-sales-agents";
    public static final String TEAM_LEADS = "team-leads";
    public static final String MANAGERS = "cs-managers";
    public static final String WAREHOUSE = "warehouse";
    public static final String FINANCE = "finance";
    public static final String INTEGRATIONS = "integrations";
    public static final String ADMINS = "camunda-admin";

    public static final List<String> ALL = List.of(AGENTS, TEAM_LEADS, MANAGERS, WAREHOUSE, FINANCE, INTEGRATIONS, ADMINS);

    private Groups() {
    }

    static String nameOf(String groupId) {
        return switch (groupId) {
            case AGENTS -> "After-sales agents 售后客服专员";
            case TEAM_LEADS -> "Team leads 客服组长";
            case MANAGERS -> "Service managers 客服主管";
            case WAREHOUSE -> "Warehouse 仓库";
            case FINANCE -> "Finance 财务";
            case INTEGRATIONS -> "Integration clients 系统集成";
            case ADMINS -> "Camunda administrators";
            default -> groupId;
        };
    }
}
