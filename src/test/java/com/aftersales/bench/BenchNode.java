package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of the application as `java -jar` runs it (default mode, job executor on, authorization on)
 * on a random port, on the benchmark's database; {@code extraArgs} are the settings under test.
 */
final class BenchNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final long startMillis;
    /** Every statement and commit this node sends to its database. */
    final SqlCounter sql;

    private BenchNode(ConfigurableApplicationContext context, long startMillis, SqlCounter sql) {
        this.context = context;
        this.startMillis = startMillis;
        this.sql = sql;
    }

    static BenchNode start(BenchDatabase database, boolean first, List<String> extraArgs) {
        List<String> args = new ArrayList<>(database.springArgs());
        args.add("--server.port=0");
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.com.aftersales=WARN");
        if (!first) {
            // a second node in this JVM: its own engine name (engine REST serves the first node's "default")
            args.add("--camunda.bpm.generate-unique-process-engine-name=true");
        }
        args.addAll(extraArgs);
        return run(new SpringApplicationBuilder(AfterSalesApplication.class), args);
    }

    /**
     * Camunda's engine as its Spring Boot starter comes, with none of the application's settings, code or models
     * (not its application.yaml either), no web server, on a database of its own: where the baseline runs for
     * "tuned application against a stock engine". History level, batch processing, id generator and job executor
     * are the starter's defaults.
     */
    static BenchNode stock(BenchDatabase database) {
        List<String> args = new ArrayList<>(database.stockSpringArgs());
        args.add("--spring.config.name=bench-stock-engine-has-no-configuration");
        args.add("--spring.main.web-application-type=none");
        args.add("--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"); // web only
        args.add("--spring.flyway.enabled=false");
        args.add("--spring.liquibase.enabled=false");
        args.add("--camunda.bpm.auto-deployment-enabled=false"); // the starter would deploy every model on the class path
        args.add("--camunda.bpm.generate-unique-process-engine-name=true");
        args.add("--logging.level.root=WARN");
        return run(new SpringApplicationBuilder(StockEngine.class), args);
    }

    private static BenchNode run(SpringApplicationBuilder builder, List<String> args) {
        SqlCounter sql = new SqlCounter();
        long start = System.nanoTime();
        ConfigurableApplicationContext context = builder.initializers(sql).run(args.toArray(String[]::new));
        return new BenchNode(context, (System.nanoTime() - start) / 1_000_000, sql);
    }

    /** Auto-configuration only; not a component, so the application's own scan of com.aftersales passes it by. */
    @EnableAutoConfiguration
    static class StockEngine {
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
