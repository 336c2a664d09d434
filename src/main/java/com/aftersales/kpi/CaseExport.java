package com.aftersales.kpi;

import com.aftersales.process.AfterSalesCase;
import com.aftersales.process.AfterSalesCase.Var;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The cases opened in a period as CSV, one row a case, for a manager's spreadsheet: times in the shop's zone, codes
 * as the API names them. A cell that a spreadsheet would take for a formula is quoted as text.
 */
final class CaseExport {

    static final String HEADER = "caseId,openedAt,closedAt,state,issueType,resolution,outcome";
    private static final List<String> VARIABLES = List.of(Var.ISSUE_TYPE.name(), Var.RESOLUTION.name(), Var.OUTCOME.name());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final HistoryService history;
    private final ZoneId zone;

    CaseExport(HistoryService history, ZoneId zone) {
        this.history = history;
        this.zone = zone;
    }

    String csv(Instant from, Instant to) {
        List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AfterSalesCase.PROCESS_KEY).startedAfter(Date.from(from))
                .startedBefore(Date.from(to)).orderByProcessInstanceStartTime().asc().list();
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!cases.isEmpty()) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(cases.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .variableNameIn(VARIABLES.toArray(String[]::new)).list()) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (HistoricProcessInstance instance : cases) {
            Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
            csv.append(String.join(",", cell(instance.getBusinessKey()), cell(time(instance.getStartTime())),
                    cell(time(instance.getEndTime())), cell(instance.getState()),
                    cell(values.get(Var.ISSUE_TYPE.name())), cell(values.get(Var.RESOLUTION.name())),
                    cell(values.get(Var.OUTCOME.name())))).append("\r\n");
        }
        return csv.toString();
    }

    private String time(Date date) {
        return date == null ? null : TIME.format(date.toInstant().atZone(zone));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
