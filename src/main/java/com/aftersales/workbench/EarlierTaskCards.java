package com.aftersales.workbench;

import com.aftersales.cluster.StartupLock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Open tasks of an earlier version carry their card as five variables ({@link TaskCard#EARLIER_VARIABLES}), which
 * the filters no longer show: at start-up each such task gets its card in one variable, written from those five
 * (the case's data may have changed since, the card stays what it was), and loses the five. Nodes starting at once
 * take turns ({@link StartupLock}); the second finds nothing left to do.
 */
@Component
class EarlierTaskCards extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EarlierTaskCards.class);

    private final StartupLock startupLock;

    EarlierTaskCards(StartupLock startupLock) {
        this.startupLock = startupLock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // looked up first: once the earlier cards are gone, a start neither waits for nor holds the start-up lock
        if (earlier(engine).isEmpty()) {
            return;
        }
        int rewritten = startupLock.exclusively(() -> rewrite(engine));
        if (rewritten > 0) {
            log.info("{} open tasks of an earlier version got their card in one variable '{}'", rewritten,
                    TaskCard.VARIABLE);
        }
    }

    /** Rewrites the cards of the open tasks that still have the earlier variables; answers how many. */
    static int rewrite(ProcessEngine engine) {
        List<VariableInstance> earlier = earlier(engine);
        Map<String, Map<String, Object>> byTask = new LinkedHashMap<>();
        for (VariableInstance variable : earlier) {
            if (variable.getTaskId() != null) {
                byTask.computeIfAbsent(variable.getTaskId(), task -> new LinkedHashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        TaskService tasks = engine.getTaskService();
        byTask.forEach((taskId, parts) -> {
            List<String> values = TaskCard.EARLIER_VARIABLES.stream().map(name -> text(parts.get(name))).toList();
            String card = TaskCard.card(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
            if (!card.isEmpty()) {
                tasks.setVariableLocal(taskId, TaskCard.VARIABLE, card);
            }
            tasks.removeVariablesLocal(taskId, TaskCard.EARLIER_VARIABLES);
        });
        return byTask.size();
    }

    private static List<VariableInstance> earlier(ProcessEngine engine) {
        return engine.getRuntimeService().createVariableInstanceQuery()
                .variableNameIn(TaskCard.EARLIER_VARIABLES.toArray(String[]::new))
                .disableBinaryFetching().disableCustomObjectDeserialization().list();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
