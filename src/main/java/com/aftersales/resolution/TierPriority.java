package com.aftersales.resolution;

import com.aftersales.process.AfterSalesCase.Var;
import com.aftersales.process.Processes;
import com.aftersales.tasks.TaskLifecycleListener;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A VIP's tasks come first: every task of a case is created with the priority of the buyer's tier
 * ({@link TierProperties}), never lower than the model gave it (overdue work stays on top).
 */
@Component
class TierPriority implements TaskLifecycleListener {

    private final TierProperties tiers;

    TierPriority(TierProperties tiers) {
        this.tiers = tiers;
    }

    @Override
    public Set<String> processKeys() {
        return Set.copyOf(Processes.KEYS);
    }

    @Override
    public Set<String> events() {
        return Set.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        int priority = tiers.of(Var.BUYER_TIER.get(task)).priority();
        if (priority > task.getPriority()) {
            task.setPriority(priority);
        }
    }
}
