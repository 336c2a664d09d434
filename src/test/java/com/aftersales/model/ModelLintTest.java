package com.aftersales.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The models pass bpmnlint, the linter Camunda Modeler runs, with its recommended rules and the Camunda 7.24
 * compatibility rules ({@code lint/.bpmnlintrc}): no error and no warning.
 */
class ModelLintTest {

    @Test
    void everyModelPassesBpmnlint() throws IOException, InterruptedException {
        List<String> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
                    .map(file -> Path.of("..").resolve(file).toString()).toList();
        }
        assertThat(models).isNotEmpty();
        NodeTools.Run lint = NodeTools.run("bpmnlint/bin/bpmnlint.js", models);
        assertThat(lint.output()).as("bpmnlint's report").isBlank();
        assertThat(lint.exitCode()).isZero();
    }

    @Test
    void bpmnlintReportsABrokenModel() throws IOException, InterruptedException {
        NodeTools.Run lint = NodeTools.run("bpmnlint/bin/bpmnlint.js",
                List.of("../src/test/resources/invalid-models/fork-and-join.bpmn"));
        assertThat(lint.output()).contains("xor_both", "no-gateway-join-fork");
        assertThat(lint.exitCode()).isNotZero();
    }
}
