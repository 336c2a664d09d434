package com.aftersales.delivery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the relay on a thread of its own while the application runs: a pass, then as many more as find a full
 * batch, then a pause. Stopped before the database goes away; whatever is still pending then is delivered after the
 * next start (by this node or another). A node with no adapter, or {@code aftersales.delivery.relay.enabled=false},
 * runs no loop.
 */
@Component
class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);

    private final OutboxRelay relay;
    private final DeliveryRoutes routes;
    private final DeliveryProperties.Relay config;
    private volatile ScheduledExecutorService executor;

    RelayLoop(OutboxRelay relay, DeliveryRoutes routes, DeliveryProperties properties) {
        this.relay = relay;
        this.routes = routes;
        this.config = properties.relay();
    }

    @Override
    public void start() {
        if (!config.enabled() || routes.routable().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long pause = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, pause, pause, TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            while (relay.deliverDue() >= config.batchSize() && !Thread.currentThread().isInterrupted()) {
                // a full batch: more may be due at once
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed; trying again in {}", config.pollInterval(), e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            // a delivery under way finishes and is recorded; what is left stays pending for the next start
            if (!running.awaitTermination(config.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
