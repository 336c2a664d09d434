package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Http;
import com.aftersales.support.NodeTools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description a client generator uses: {@code docs/openapi.json} is what the application serves (run
 * with {@code -Daftersales.openapi.write=true} to write it anew after a change of the API), and it passes Redocly
 * CLI's recommended rules ({@code lint/redocly.yaml}) without an error or a warning.
 */
@AfterSalesTest
class OpenApiDescriptionTest {

    static final Path DOCUMENT = Path.of("docs/openapi.json");

    @LocalServerPort int port;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theCommittedDescriptionIsWhatTheApplicationServes() throws Exception {
        JsonNode served = json.readTree(new Http(port).get("/v3/api-docs", "agent1").body());
        if (Boolean.getBoolean("aftersales.openapi.write")) {
            Files.writeString(DOCUMENT, json.writeValueAsString(json.treeToValue(served, Object.class)) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " exists (write it with -Daftersales.openapi.write=true)")
                .isTrue();
        assertThat(json.readTree(Files.readString(DOCUMENT))).as(DOCUMENT + " has drifted from /v3/api-docs; "
                + "write it anew with -Daftersales.openapi.write=true").isEqualTo(served);
    }

    @Test
    void everyOperationIsSecuredAndEveryErrorIsAProblem() throws Exception {
        JsonNode description = json.readTree(Files.readString(DOCUMENT));
        assertThat(description.at("/info/title").asText()).isNotBlank().doesNotContain("OpenAPI definition");
        assertThat(description.at("/info/version").asText()).isEqualTo(OpenApiDescription.VERSION);
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        description.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.at("/security/0").has("basic")).isTrue();
            operation.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(description.at("/paths/~1api~1cases/post/parameters").toString()).contains("Idempotency-Key");
    }

    @Test
    void theDescriptionPassesRedoclysRecommendedRules() throws Exception {
        NodeTools.Run lint = NodeTools.run("@redocly/cli/bin/cli.js",
                List.of("lint", "--config", "redocly.yaml", "--format", "stylish", "../" + DOCUMENT));
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        // (Redocly prints a notice about the Node.js version in a box; its findings are counted after it)
        assertThat(lint.output()).as("Redocly's report").contains("Your API description is valid")
                .doesNotContainPattern("\\d+ (warning|error)s?\\b");
    }

    @Test
    void redoclyReportsABrokenDescription() throws Exception {
        NodeTools.Run lint = NodeTools.run("@redocly/cli/bin/cli.js",
                List.of("lint", "--config", "redocly.yaml", "../src/test/resources/invalid-openapi/no-responses.json"));
        assertThat(lint.exitCode()).as(lint.output()).isNotZero();
    }
}
