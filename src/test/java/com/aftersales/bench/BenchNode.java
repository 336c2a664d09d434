package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

    private BenchNode(ConfigurableApplicationContext context, long startMillis) {
        this.context = context;
        this.startMillis = startMillis;
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
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AfterSalesApplication.class)
                .run(args.toArray(String[]::new));
        return new BenchNode(context, (System.nanoTime() - start) / 1_000_000);
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
