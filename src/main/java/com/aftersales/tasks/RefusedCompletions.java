package com.aftersales.tasks;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds the refused-completion answer ({@link EngineRestErrors.RefusedCompletionMapper}) to every JAX-RS application
 * of the server, in particular the web apps' engine API ({@code /camunda/api/engine}) through which Tasklist submits
 * its forms: that application's classes are fixed by Camunda, and Jersey applies a forced auto-discoverable (listed
 * in {@code META-INF/services}) to every application regardless. Without it a refusal reaches the agent as a 500
 * with the engine's code and the task's id.
 */
public class RefusedCompletions implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(EngineRestErrors.RefusedCompletionMapper.class)) {
            context.register(EngineRestErrors.RefusedCompletionMapper.class);
        }
    }
}
