package com.aftersales.process;

import com.aftersales.cluster.StartupLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of processes/ and the forms of forms/ as one deployment, so that
 * {@code camunda:formRef} with {@code formRefBinding="deployment"} always finds its form.
 * When any file changed, all of them are deployed again together; when none did, nothing is. Nodes
 * starting at once deploy one after the other, so the second finds the first one's deployment.
 */
@Component
@Order(1)
public class ModelDeployment extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "after-sales";
    static final String[] PATTERNS = {
            "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final StartupLock startupLock;

    ModelDeployment(StartupLock startupLock) {
        this.startupLock = startupLock;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        startupLock.exclusively(() -> deploy(engine));
    }

    private void deploy(ProcessEngine engine) {
        DeploymentBuilder deployment = models(engine.getRepositoryService());
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        log.info("Deployment '{}' ({}): {} resources, {} process definitions, {} decision definitions",
                DEPLOYMENT_NAME, deployed.getId(), deployment.getResourceNames().size(),
                sizeOf(deployed.getDeployedProcessDefinitions()), sizeOf(deployed.getDeployedDecisionDefinitions()));
    }

    /**
     * Every model and form, as one deployment: when one of them changed since the last deployment, all are deployed
     * anew (new versions beside the old ones, so that each version's forms stay with it); otherwise nothing is.
     */
    public static DeploymentBuilder models(RepositoryService repository) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("after-sales-process")
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        deployment.addInputStream(folder + "/" + resource.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models to deploy", e);
        }
        return deployment;
    }

    private static int sizeOf(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
