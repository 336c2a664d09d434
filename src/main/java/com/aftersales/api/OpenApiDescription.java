package com.aftersales.api;

import com.aftersales.web.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} as a client generator needs it: a title and version, HTTP Basic on every
 * operation, {@code Idempotency-Key} on every {@code POST}, each error answer with the problem schema and an
 * example. {@code docs/openapi.json} is a copy the build checks against what the application serves.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String VERSION = "2";
    private static final String BASIC = "basic";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer afterSalesDescription() {
        return openApi -> {
            openApi.info(new Info().title("After-sales service API (售后服务)").version(VERSION)
                    .description("Cases, events and reviews for order and chat systems. Errors are "
                            + "application/problem+json (RFC 9457) with a type per kind of problem under "
                            + ProblemType.BASE + ".")
                    .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")));
            openApi.servers(List.of(new Server().url("http://127.0.0.1:8080").description("default (local trial) mode")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A user of the application (Camunda's users); integrators use the integrations group."));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.components(components);
            openApi.security(List.of(new SecurityRequirement().addList(BASIC)));
            Map<String, Tag> tags = new TreeMap<>();
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                operation.security(List.of(new SecurityRequirement().addList(BASIC)));
                String tag = path.startsWith("/api/reviews") ? "reviews" : path.startsWith("/api/messages") ? "messages"
                        : path.startsWith("/api/orders") ? "orders" : "cases";
                operation.tags(List.of(tag));
                tags.putIfAbsent(tag, new Tag().name(tag).description(switch (tag) {
                    case "cases" -> "After-sales cases and the events integrators report on them";
                    case "messages" -> "Messages the cases sent, and sending a failed one again";
                    case "orders" -> "Orders as the order system puts them, and their parcels' logistics events";
                    default -> "Neutral and negative reviews (中差评)";
                }));
                if (operation.getOperationId() != null) {
                    operation.setOperationId(operation.getOperationId().replaceAll("_\\d+$", ""));
                }
                if (method == PathItem.HttpMethod.POST) {
                    operation.addParametersItem(idempotencyKey());
                }
                errors(path, operation, method);
            }));
            openApi.tags(List.copyOf(tags.values()));
        };
    }

    private static HeaderParameter idempotencyKey() {
        return (HeaderParameter) new HeaderParameter().name("Idempotency-Key").required(false)
                .description("The same key and body again (by the same user) get the first answer again, status "
                        + "included; the key with another body: 422. Kept for aftersales.idempotency.retention "
                        + "(a day by default).")
                .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,100}$").maxLength(100))
                .example("order-TB20261001-inquiry-1");
    }

    private static void errors(String path, Operation operation, PathItem.HttpMethod method) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.remove("500");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Bad input: each offending field under errors");
        answers.put("401", "No or wrong credentials");
        answers.put("403", "The caller's groups do not allow this call");
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
            answers.put("404", path.startsWith("/api/orders") ? "Unknown order" : "Unknown case, review or message");
        }
        if (method == PathItem.HttpMethod.POST) {
            answers.put("409", path.startsWith("/api/orders") ? "A request with this Idempotency-Key is still in progress"
                    : "The case is not waiting for this event (or a request with this key is in progress)");
            answers.put("413", "The body is too large");
            answers.put("415", "The body is not application/json");
            answers.put("422", "The Idempotency-Key was used with another request");
        }
        if (method == PathItem.HttpMethod.PUT) {
            if (path.startsWith("/api/orders")) {
                answers.put("409", "The order has an after-sales case: its buyer and amount paid stay as they are");
            }
            answers.put("413", "The body is too large");
            answers.put("415", "The body is not application/json");
        }
        answers.put("503", "The database cannot be reached; try again after Retry-After seconds");
        answers.forEach((status, description) ->
                responses.addApiResponse(status, problem(Integer.parseInt(status), description)));
        operation.responses(responses);
    }

    private static ApiResponse problem(int status, String description) {
        ProblemType type = ProblemType.ofStatus(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", status);
        example.put("detail", description + ".");
        if (status == 400) {
            example.put("errors", List.of(Map.of("pointer", "/buyerId", "detail", "must not be blank")));
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples(type.name().toLowerCase().replace('_', '-'), new Example().value(example))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = new ObjectSchema()
                .addProperty("pointer", new StringSchema().description("JSON Pointer into the body"))
                .addProperty("parameter", new StringSchema().description("a query or path parameter"))
                .addProperty("header", new StringSchema().description("a request header"))
                .addProperty("detail", new StringSchema());
        error.setRequired(List.of("detail"));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description("the kind of problem"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
