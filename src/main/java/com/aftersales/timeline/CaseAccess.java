package com.aftersales.timeline;

import com.aftersales.casefile.CaseView;
import com.aftersales.security.Groups;
import java.util.Collection;
import java.util.List;

/**
 * Who may see a case's timeline: team leads, service managers and administrators every case; an agent the cases
 * that are theirs and those nobody has taken yet (one buyer, one agent: another agent's buyer is not theirs to read).
 */
final class CaseAccess {

    private static final List<String> SEE_ALL = List.of(Groups.TEAM_LEADS, Groups.MANAGERS, Groups.ADMINS);

    private CaseAccess() {
    }

    static boolean seesAll(Collection<String> groups) {
        return groups.stream().anyMatch(SEE_ALL::contains);
    }

    static boolean maySee(String userId, Collection<String> groups, CaseView view) {
        if (seesAll(groups)) {
            return true;
        }
        return groups.contains(Groups.AGENTS) && (view.assignee() == null || view.assignee().equals(userId));
    }
}
