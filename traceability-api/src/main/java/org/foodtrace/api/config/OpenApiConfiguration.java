package org.foodtrace.api.config;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.foodtrace.api.command.WriteContext;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document: bearer authentication, the Idempotency-Key header on every POST, and the problem+json
 * answers (with examples) every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WriteContext.class);
    }

    @Bean
    OpenAPI traceabilityOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Farm-to-table traceability API").version("v1").description("""
                        Batches of food from farm or factory to stall, consumer trace codes and QR codes, GS1 \
                        Digital Links. Operators and the regulator authenticate with `Authorization: Bearer \
                        <token>`; trace look-ups are public. Every error is RFC 9457 problem+json with a stable \
                        `code`; malformed input (400) lists `violations`. Unknown JSON members are ignored."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemAnswersAndIdempotency() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (method == PathItem.HttpMethod.POST) {
                op.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                        .description("Same key and body: the first answer again, nothing recorded anew; same key, "
                                + "other body: 409. Scoped to the caller.")
                        .schema(new StringSchema().maxLength(255).example("3f1e9a2c-sale-0001")));
            }
            addProblems(op, !path.startsWith("/api/v1/trace") && !path.startsWith("/01/"),
                    method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE);
        }));
    }

    private static void addProblems(Operation operation, boolean needsToken, boolean write) {
        answer(operation, "400", "Malformed input", """
                {"type": "urn:foodtrace:problem:invalid-request", "title": "Bad Request", "status": 400,
                 "detail": "The request is malformed.", "code": "INVALID_REQUEST",
                 "violations": [{"field": "quantity.amount", "message": "must be greater than 0"}]}""");
        if (needsToken) {
            answer(operation, "401", "No or unknown token", """
                    {"type": "urn:foodtrace:problem:unauthenticated", "title": "Unauthorized", "status": 401,
                     "detail": "A valid bearer token is required.", "code": "UNAUTHENTICATED"}""");
            answer(operation, "403", "Wrong role, not the holder, not the destination, or suspended", """
                    {"type": "urn:foodtrace:problem:not-holder", "title": "Forbidden", "status": 403,
                     "detail": "operator ... does not hold batch ...", "code": "NOT_HOLDER"}""");
        }
        answer(operation, "404", "Unknown id or code (or a batch the caller may not read)", """
                {"type": "urn:foodtrace:problem:not-found", "title": "Not Found", "status": 404,
                 "detail": "No batch with id ....", "code": "NOT_FOUND"}""");
        if (write) {
            answer(operation, "409", "Idempotency-Key reused with another body, or concurrency retries exhausted", """
                    {"type": "urn:foodtrace:problem:idempotency-key-reused", "title": "Conflict", "status": 409,
                     "detail": "This Idempotency-Key was already used with a different request.",
                     "code": "IDEMPOTENCY_KEY_REUSED"}""");
            answer(operation, "413", "Body over 1 MiB", """
                    {"type": "urn:foodtrace:problem:payload-too-large", "title": "Content Too Large",
                     "status": 413, "detail": "The request body is larger than 1048576 bytes.",
                     "code": "PAYLOAD_TOO_LARGE"}""");
            answer(operation, "415", "Body is not JSON", """
                    {"type": "urn:foodtrace:problem:unsupported-media-type", "title": "Unsupported Media Type",
                     "status": 415, "detail": "Content-Type 'text/plain' is not supported.",
                     "code": "UNSUPPORTED_MEDIA_TYPE"}""");
            answer(operation, "422", "Refused by a rule", """
                    {"type": "urn:foodtrace:problem:insufficient-quantity", "title": "Unprocessable Content",
                     "status": 422, "detail": "only 0 kg available, 1 kg requested",
                     "code": "INSUFFICIENT_QUANTITY"}""");
        } else {
            answer(operation, "429", "Too many anonymous look-ups from this address (Retry-After)", """
                    {"type": "urn:foodtrace:problem:rate-limited", "title": "Too Many Requests", "status": 429,
                     "detail": "Too many trace look-ups from this address; try again in 6 s.",
                     "code": "RATE_LIMITED"}""");
        }
    }

    private static void answer(Operation operation, String status, String description, String example) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .examples(Map.of("example", new Example().value(JSON.readValue(example, Object.class)))))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema violation = new Schema<>().type("object")
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new Schema<>().type("object").description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().example("NOT_HOLDER"))
                .addProperty("violations", new Schema<>().type("array").items(violation));
    }
}
