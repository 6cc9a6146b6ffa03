package org.foodtrace.api.error;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.foodtrace.api.security.ApiTokenStore;
import org.foodtrace.api.security.SliceSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every failure is problem+json: malformed input 400 with violations, rules 403/422 with code, never internals. */
@WebMvcTest(controllers = ProbeController.class)
@Import(SliceSecurity.class)
class ErrorMappingTest {

    private static final String VALID = """
            {"name": "x", "category": "VEGETABLE", "quantity": {"amount": 1}, "parts": [{"amount": 2}]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiTokenStore tokens;

    private ResultActions postProbe(String json) throws Exception {
        return mvc.perform(post("/api/v1/probe").header("Authorization", SliceSecurity.REGULATOR_BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void isBadRequest(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.violations[*].field").value(hasItem(field)));
    }

    @Test
    void a_valid_body_passes_and_unknown_members_are_ignored() throws Exception {
        postProbe(VALID.replace("\"name\"", "\"operatorId\": \"someone-else\", \"name\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("x"));
    }

    @Test
    void malformed_json_is_400_naming_where_it_broke() throws Exception {
        isBadRequest(postProbe("{\"name\": "), "name");
        isBadRequest(postProbe("{name: 1}"), "body");
    }

    @Test
    void a_missing_body_is_400() throws Exception {
        isBadRequest(postProbe(""), "body");
    }

    @Test
    void a_wrong_type_names_its_field() throws Exception {
        isBadRequest(postProbe(VALID.replace("{\"amount\": 1}", "{\"amount\": \"lots\"}")), "quantity.amount");
    }

    @Test
    void an_unknown_enum_constant_lists_the_allowed_ones() throws Exception {
        postProbe(VALID.replace("VEGETABLE", "MEAT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("category"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("LIVESTOCK")));
    }

    @Test
    void missing_members_are_each_a_violation() throws Exception {
        ResultActions result = postProbe("{}");
        isBadRequest(result, "name");
        result.andExpect(jsonPath("$.violations[*].field").value(hasItem("category")))
                .andExpect(jsonPath("$.violations[*].field").value(hasItem("quantity")))
                .andExpect(jsonPath("$.violations[*].field").value(hasItem("parts")));
    }

    @Test
    void nested_list_members_are_named_by_index() throws Exception {
        isBadRequest(postProbe(VALID.replace("[{\"amount\": 2}]", "[{\"amount\": 2}, {\"amount\": -1}]")),
                "parts[1].amount");
    }

    @Test
    void text_over_200_characters_is_400() throws Exception {
        isBadRequest(postProbe(VALID.replace("\"x\"", "\"" + "x".repeat(201) + "\"")), "name");
    }

    @Test
    void text_with_control_characters_is_400() throws Exception {
        isBadRequest(postProbe(VALID.replace("\"x\"", "\"a\\u0007b\"")), "name");
    }

    @Test
    void script_and_sql_text_is_accepted_verbatim() throws Exception {
        postProbe(VALID.replace("\"x\"", "\"<script>alert(1)</script>'; DROP TABLE batch;--\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("<script>alert(1)</script>'; DROP TABLE batch;--"));
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity", "1e999999999999"})
    void non_finite_or_absurd_numbers_are_400(String number) throws Exception {
        isBadRequest(postProbe(VALID.replace("{\"amount\": 1}", "{\"amount\": " + number + "}")), "quantity.amount");
    }

    @Test
    void a_json_array_instead_of_an_object_is_400() throws Exception {
        isBadRequest(postProbe("[1, 2]"), "body");
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        mvc.perform(post("/api/v1/probe").header("Authorization", SliceSecurity.REGULATOR_BEARER)
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void a_wrong_method_is_405_with_allow() throws Exception {
        mvc.perform(put("/api/v1/probe").header("Authorization", SliceSecurity.REGULATOR_BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void an_unknown_path_is_404() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.detail").exists());
    }

    @ParameterizedTest
    @CsvSource({"NOT_HOLDER, 403", "NOT_DESTINATION, 403", "OPERATOR_SUSPENDED, 403", "FORBIDDEN, 403",
            "INSUFFICIENT_QUANTITY, 422", "CERTIFICATE_MISMATCH, 422", "BATCH_ON_HOLD, 422", "INVALID_GTIN, 422"})
    void rule_refusals_carry_their_code(String code, int status) throws Exception {
        mvc.perform(get("/api/v1/probe/rule/" + code).header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value("urn:foodtrace:problem:" + code.toLowerCase().replace('_', '-')));
    }

    @Test
    void a_database_outage_is_503_database_unavailable_with_retry_after() throws Exception {
        mvc.perform(get("/api/v1/probe/database-down").header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
                .andExpect(jsonPath("$.type").value("urn:foodtrace:problem:database-unavailable"))
                .andExpect(jsonPath("$.title").value("Service Unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(content().string(not(containsString("3000ms"))));
    }

    @Test
    void an_unexpected_failure_is_500_without_internals() throws Exception {
        mvc.perform(get("/api/v1/probe/boom").header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("org.foodtrace"))));
    }
}
