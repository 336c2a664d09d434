package com.aftersales.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.process.DeadlineProperties;
import com.aftersales.support.Fixtures;
import com.aftersales.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Grafana dashboard and the Prometheus alert rules under {@code ops/} name only metrics the application exports:
 * a renamed metric breaks this test, not a dashboard nobody looks at until the night it matters. Spring Boot's tests
 * export no metrics unless asked ({@link AutoConfigureObservability}), so this is an application of its own: among
 * the tests that start applications of their own ({@code own-jvm}), with an engine of its own name.
 */
@Tag("own-jvm")
@DirtiesContext
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles("test")
@Import(Fixtures.class)
class OpsMetricsTest {

    private static final Pattern NAMED = Pattern.compile("\\baftersales_[a-z0-9_]+");
    private static final Pattern EXPORTED = Pattern.compile("(?m)^(aftersales_[a-z0-9_]+)[{ ]");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired DeadlineProperties deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsNameIsExported() throws IOException {
        // counters with tags appear once counted: a case is opened and its look-up deadline passes
        String caseId = fixtures.openCase(fixtures.deliveredOrder("风扇 fan", "99.00", 2), "不转了 it stopped");
        fixtures.advance(deadlines.lookup().plus(Duration.ofMinutes(1)));
        fixtures.runDueJobs(caseId);

        Set<String> named = new TreeSet<>();
        named.addAll(names(Path.of("ops/grafana/aftersales-dashboard.json")));
        named.addAll(names(Path.of("ops/prometheus/aftersales-alerts.yml")));
        assertThat(named).contains("aftersales_deadline_breaches_total", "aftersales_refunds_in_incident",
                "aftersales_messages_pending", "aftersales_jobs_due");

        java.net.http.HttpResponse<String> response = new Http(port).getText("/actuator/prometheus", "manager1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String scrape = response.body();
        Set<String> exported = new TreeSet<>();
        Matcher matcher = EXPORTED.matcher(scrape);
        while (matcher.find()) {
            exported.add(matcher.group(1));
        }
        assertThat(exported).as(scrape.substring(0, Math.min(400, scrape.length()))).containsAll(named);
    }

    private static Set<String> names(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.forEach(line -> {
                Matcher matcher = NAMED.matcher(line);
                while (matcher.find()) {
                    names.add(matcher.group());
                }
            });
        }
        return names;
    }
}
