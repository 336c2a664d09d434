package com.aftersales.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of a deployment, parsed once per deployment. Read without the current
 * user's authorizations: an agent completing a task may not read deployments, but the server may.
 */
@Component
class DeployedForms {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

    /** The form of that id in the deployment; {@code null} when the deployment has none. Call inside a command. */
    FormSchema form(RepositoryService repository, String deploymentId, String formId) {
        return byDeployment.computeIfAbsent(deploymentId, id -> load(repository, id)).get(formId);
    }

    private Map<String, FormSchema> load(RepositoryService repository, String deploymentId) {
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            Map<String, FormSchema> forms = new HashMap<>();
            for (String name : repository.getDeploymentResourceNames(deploymentId)) {
                if (name.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                        FormSchema form = FormSchema.parse(json.readTree(in));
                        forms.put(form.id(), form);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read form " + name, e);
                    }
                }
            }
            return Map.copyOf(forms);
        });
    }
}
