package com.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.process.DeadlineProperties;
import com.aftersales.process.ModelDeployment;
import java.nio.file.Path;
import com.aftersales.cluster.JobProperties;
import com.aftersales.cluster.ShutdownProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application as `mvn spring-boot:run` starts it: on an H2 file, twice, and in production mode. */
@Tag("own-jvm")
class StartupTest {

    @TempDir Path data;

    private ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(AfterSalesApplication.class).run(args);
    }

    private String[] defaultMode() {
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + data.resolve("aftersales"), "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true"};
    }

    record Counts(long users, long groups, long memberships, long filters, long authorizations, long deployments,
                  long orders, long logisticsEvents) {
    }

    private static Counts counts(ConfigurableApplicationContext context) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        return new Counts(engine.getIdentityService().createUserQuery().count(),
                engine.getIdentityService().createGroupQuery().count(),
                jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class),
                engine.getFilterService().createFilterQuery().count(),
                engine.getAuthorizationService().createAuthorizationQuery().count(),
                engine.getRepositoryService().createDeploymentQuery().count(),
                jdbc.queryForObject("select count(*) from shop_order", Long.class),
                jdbc.queryForObject("select count(*) from logistics_event", Long.class));
    }

    /** The filters' columns before one card variable per task. */
    private static final List<Map<String, Object>> EARLIER_COLUMNS = List.of(
            Map.of("name", "cardCase", "label", "Case 案件"), Map.of("name", "cardItem", "label", "Item 商品"),
            Map.of("name", "cardBuyer", "label", "Buyer 买家"), Map.of("name", "cardOrder", "label", "Order 订单"),
            Map.of("name", "cardProblem", "label", "Problem 问题"));

    @Test
    void theDefaultModeComesUpDeploysModelsAndFormsTogetherAndASecondStartCreatesNothingTwice() {
        Counts first;
        String earlierTask;
        try (ConfigurableApplicationContext context = start(defaultMode())) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
                    .deploymentName(ModelDeployment.DEPLOYMENT_NAME).singleResult();
            assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId())).contains(
                    "processes/after-sales-case.bpmn", "forms/inquiry-start.form", "forms/verify-order.form",
                    "forms/confirm-problem.form", "forms/await-order-details.form", "forms/await-evidence.form");
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("after-sales-case").singleResult().getHistoryTimeToLive()).isEqualTo(180);
            assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();

            first = counts(context);
            assertThat(first.users()).isEqualTo(8);
            assertThat(first.groups()).isEqualTo(7);
            assertThat(first.filters()).isEqualTo(6);
            assertThat(first.orders()).isEqualTo(9);
            assertThat(first.logisticsEvents()).isEqualTo(17);
            assertThat(first.deployments()).isEqualTo(1);
            // as a database of the version before logistics left it: no TB20261007–009, no events of TB20261005
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("delete from logistics_event where order_id in ('TB20261005', 'TB20261007', 'TB20261008', "
                    + "'TB20261009')");
            jdbc.update("delete from shop_order where order_id in ('TB20261007', 'TB20261008', 'TB20261009')");
            jdbc.update("update shop_order set shipping_state = 'NOT_SHIPPED', carrier = null, tracking_number = null, "
                    + "last_event_at = null where order_id = 'TB20261005'");
            // as the version before one card variable left them: filters with a column per part, a task with five
            for (org.camunda.bpm.engine.filter.Filter filter : engine.getFilterService().createFilterQuery().list()) {
                Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties());
                properties.put("variables", EARLIER_COLUMNS);
                engine.getFilterService().saveFilter(filter.setProperties(properties));
            }
            org.camunda.bpm.engine.task.Task task = engine.getTaskService().newTask();
            engine.getTaskService().saveTask(task);
            earlierTask = task.getId();
            engine.getTaskService().setVariablesLocal(earlierTask, Map.of("cardCase", "AS-20261120-OLDCARD1",
                    "cardItem", "电动拖把 electric mop", "cardBuyer", "buyer-001", "cardOrder", "TB20261001"));
        }
        try (ConfigurableApplicationContext context = start(defaultMode())) {
            assertThat(counts(context)).isEqualTo(first);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            assertThat(engine.getFilterService().createFilterQuery().list()).allSatisfy(filter ->
                    assertThat(filter.getProperties().get("variables")).as(filter.getName())
                            .isEqualTo(List.of(Map.of("name", "card", "label", "案件 Case"))));
            assertThat(engine.getTaskService().getVariablesLocal(earlierTask)).containsExactly(Map.entry("card",
                    "AS-20261120-OLDCARD1 · 电动拖把 electric mop · 买家 buyer-001 · 订单 TB20261001"));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select order_id || ' ' || shipping_state from shop_order order by order_id",
                    String.class)).containsExactly("TB20261001 DELIVERED", "TB20261002 DELIVERED", "TB20261003 DELIVERED",
                    "TB20261004 DELIVERED", "TB20261005 IN_TRANSIT", "TB20261006 DELIVERED", "TB20261007 NOT_SHIPPED",
                    "TB20261008 SHIPPED", "TB20261009 DELIVERED");
        }
    }

    @Test
    void theEffectiveConfigurationIsTheDocumentedOne() {
        try (ConfigurableApplicationContext context = start(defaultMode())) {
            DeadlineProperties deadlines = context.getBean(DeadlineProperties.class);
            assertThat(deadlines.lookup()).isEqualTo(Duration.ofMinutes(10));
            assertThat(deadlines.buyerReply()).isEqualTo(Duration.ofDays(2));
            assertThat(deadlines.proposalDecision()).isEqualTo(Duration.ofDays(3));
            assertThat(deadlines.returnShipment()).isEqualTo(Duration.ofDays(7));
            assertThat(deadlines.returnInspection()).isEqualTo(Duration.ofDays(10));
            assertThat(deadlines.reviewRevision()).isEqualTo(Duration.ofDays(30));
            assertThat(context.getBean("deadlines", Map.class)).containsEntry("lookup", "PT10M");
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(context.getEnvironment().getProperty("camunda.bpm.authorization.enabled")).isEqualTo("true");
            assertThat(context.getBean(ShutdownProperties.class).gracePeriod()).isEqualTo(Duration.ofSeconds(30));
            assertThat(context.getEnvironment().getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class))
                    .isEqualTo(Duration.ofSeconds(30));
            assertThat(context.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
            assertThat(context.getEnvironment().getProperty("aftersales.migrations.on-start", Boolean.class)).isTrue();
        }
    }

    @Test
    void productionModeRefusesToStartWithoutTheAdminPassword() {
        assertThatThrownBy(() -> start(productionMode(null)))
                .hasStackTraceContaining("AFTERSALES_ADMIN_PASSWORD is not set");
    }

    @Test
    void productionModeHasOnlyTheAdminUserAndNoDemoOrders() {
        try (ConfigurableApplicationContext context = start(productionMode("s3cret-Admin"))) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            assertThat(engine.getIdentityService().createUserQuery().list()).extracting(u -> u.getId())
                    .containsExactly("admin");
            assertThat(engine.getIdentityService().checkPassword("admin", "s3cret-Admin")).isTrue();
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from shop_order", Long.class))
                    .isZero();
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
            assertSchemaByMigrationsAndJobExecutorForSeveralNodes(context);
            assertMonitoringForManagersAndAdmins(context);
            // last: a wrong password makes Camunda hold back the admin's next logins for a few seconds (login delay),
            // which would refuse the scrape above
            assertThat(engine.getIdentityService().checkPassword("admin", "admin")).isFalse();
        }
    }

    /** What application-prod.yaml says, as the application bound it (a mis-nested key would be ignored silently). */
    private static void assertSchemaByMigrationsAndJobExecutorForSeveralNodes(ConfigurableApplicationContext context) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
                .isEqualTo("false");
        assertThat(context.getBean(JdbcTemplate.class).queryForList(
                "select ID from DATABASECHANGELOG order by ORDEREXECUTED", String.class))
                .as("Camunda's Liquibase changelog").startsWith("7.16.0-baseline").endsWith("7.24.0-tag");
        JobExecutionProperty jobs = context.getBean(CamundaBpmProperties.class).getJobExecution();
        assertThat(java.util.Arrays.asList(jobs.isDeploymentAware(), jobs.getCorePoolSize(), jobs.getMaxPoolSize(),
                jobs.getQueueCapacity(), jobs.getMaxJobsPerAcquisition(), jobs.getLockTimeInMillis(),
                jobs.getWaitTimeInMillis(), jobs.getMaxWait(), jobs.getBackoffTimeInMillis(), jobs.getMaxBackoff()))
                .containsExactly(false, 5, 10, 5, 5, null, 5000, null, 50, 1000L);
        // lock time and longest idle wait from aftersales.jobs (ClusterTest sees them in the running job executor)
        assertThat(context.getBean(JobProperties.class))
                .isEqualTo(new JobProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        assertThat(context.getBean(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize()).isEqualTo(25);
    }

    /** The README's promise: Prometheus scrapes /actuator/prometheus in production mode, as an admin or manager. */
    private static void assertMonitoringForManagersAndAdmins(ConfigurableApplicationContext context) {
        com.aftersales.support.Http http = new com.aftersales.support.Http(
                Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpResponse<String> scrape;
        try {
            scrape = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .header("Accept", "text/plain").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString("admin:s3cret-Admin".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("aftersales_").contains("hikaricp_connections");
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        // the probes answer without credentials, and say no more than UP or DOWN
        java.net.http.HttpResponse<String> readiness = http.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(context.getBean(com.zaxxer.hikari.HikariDataSource.class).getConnectionTimeout()).isEqualTo(1000);
    }

    private String[] productionMode(String adminPassword) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.profiles.active=prod", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("prod"),
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true"));
        if (adminPassword != null) {
            args.add("--aftersales.admin-password=" + adminPassword);
        }
        return args.toArray(String[]::new);
    }
}
