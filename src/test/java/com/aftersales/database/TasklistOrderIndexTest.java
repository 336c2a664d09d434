package com.aftersales.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The index follows the order Tasklist asks for: a changed order with an unchanged index would sort every task again. */
class TasklistOrderIndexTest {

    private static final Map<String, String> COLUMN_OF = Map.of("priority", "priority_", "dueDate", "due_date_",
            "created", "create_time_");

    @Test
    void theIndexHasTasklistsSortKeysInTasklistsOrder() throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/scripts/task-order.js")) {
            assertThat(in).as("task-order.js").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> asked = Pattern.compile("\\{sortBy: '(\\w+)', sortOrder: '(asc|desc)'}").matcher(script).results()
                .map(match -> COLUMN_OF.get(match.group(1)) + ("desc".equals(match.group(2)) ? " desc" : ""))
                .toList();
        assertThat(asked).isNotEmpty().isEqualTo(TasklistOrderIndex.COLUMNS);
    }
}
