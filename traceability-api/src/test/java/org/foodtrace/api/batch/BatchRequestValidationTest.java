package org.foodtrace.api.batch;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.operator.OperatorDirectory;
import org.foodtrace.api.security.ApiTokenStore;
import org.foodtrace.api.security.SliceSecurity;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.lineage.LineageQueries;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Malformed batch requests are 400 with the offending fields named, and never reach a command. */
@WebMvcTest(controllers = {BatchController.class, MovementController.class, StockController.class,
        ProcessingController.class})
@Import(SliceSecurity.class)
class BatchRequestValidationTest {

    private static final String TOKEN = "Bearer operator-token";
    private static final String BATCH = "/api/v1/batches/9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7";
    private static final String ONE_KILOGRAM = "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}";
    private static final String VALID_BATCH = """
            {"category": "VEGETABLE", "product": "Bok choy", "quantity": {"amount": 5, "unit": "kg"},
             "originRegion": "441702", "producedOn": "2026-11-20"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiTokenStore tokens;
    @MockitoBean
    CommandRunner runner;
    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    BatchRegistration registration;
    @MockitoBean
    OperatorDirectory operators;
    @MockitoBean
    NewIdentities identities;
    @MockitoBean
    BatchViewQueries batches;
    @MockitoBean
    LineageQueries lineage;
    @MockitoBean
    BatchAccess access;
    @MockitoBean
    BatchRepresentation representation;
    @MockitoBean
    Clock clock;

    @BeforeEach
    void anOperator() {
        given(tokens.ownerOf(any())).willReturn(Optional.of("0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10"));
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void isRefused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[*].field").value(hasItem(field)));
        verifyNoInteractions(runner);
    }

    @Test
    void an_empty_registration_names_every_required_member() throws Exception {
        ResultActions result = post("/api/v1/batches", "{}");
        for (String field : new String[] {"category", "product", "quantity", "originRegion", "producedOn"}) {
            result.andExpect(jsonPath("$.violations[*].field").value(hasItem(field)));
        }
        isRefused(result, "category");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"category\": \"VEGETABLE\"|\"category\": \"MEAT\"|category",
            "\"amount\": 5|\"amount\": 0|quantity.amount",
            "\"amount\": 5|\"amount\": -2|quantity.amount",
            "\"amount\": 5|\"amount\": 1.1234567|quantity.amount",
            "\"amount\": 5|\"amount\": \"five\"|quantity.amount",
            "\"unit\": \"kg\"|\"unit\": \"lb\"|quantity.unit",
            "\"originRegion\": \"441702\"|\"originRegion\": \"4417\"|originRegion",
            "\"producedOn\": \"2026-11-20\"|\"producedOn\": \"2026-13-45\"|producedOn",
            "\"producedOn\": \"2026-11-20\"|\"producedOn\": \"2026-11-20\", \"gtin\": \"12AB5678\"|gtin"})
    void a_malformed_member_is_400(String valid, String malformed, String field) throws Exception {
        isRefused(post("/api/v1/batches", VALID_BATCH.replace(valid, malformed)), field);
    }

    @Test
    void a_product_name_over_200_characters_is_400() throws Exception {
        isRefused(post("/api/v1/batches", VALID_BATCH.replace("Bok choy", "b".repeat(201))), "product");
    }

    @Test
    void a_zero_sale_or_disposal_is_400() throws Exception {
        isRefused(post(BATCH + "/sales", "{\"quantity\": {\"amount\": 0, \"unit\": \"kg\"}}"), "quantity.amount");
        isRefused(post(BATCH + "/disposal", "{\"quantity\": {\"amount\": -1, \"unit\": \"kg\"}, \"method\": \"x\"}"),
                "quantity.amount");
    }

    @Test
    void a_destination_that_is_no_id_is_400() throws Exception {
        isRefused(post(BATCH + "/dispatch", """
                {"destinationOperatorId": "market-7", "quantity": {"amount": 1, "unit": "kg"}}"""),
                "destinationOperatorId");
    }

    @Test
    void a_split_without_parts_is_400() throws Exception {
        isRefused(post(BATCH + "/split", "{\"parts\": []}"), "parts");
    }

    @Test
    void a_slaughter_output_without_a_product_is_400() throws Exception {
        isRefused(post(BATCH + "/slaughter", """
                {"meatQuarantineCertificate": "MQ-1", "outputs": [{"quantity": {"amount": 1, "unit": "kg"}}]}"""),
                "outputs[0].product");
    }

    @Test
    void an_inspection_value_that_is_not_finite_is_400() throws Exception {
        isRefused(post(BATCH + "/inspections", "{\"analyte\": \"lead\", \"verdict\": \"PASS\", \"value\": NaN}"),
                "value");
    }

    @Test
    void a_malformed_idempotency_key_is_400() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(BATCH + "/sales").header("Authorization", TOKEN).header("Idempotency-Key", "bad key")
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_KILOGRAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("Idempotency-Key"));
        verifyNoInteractions(runner);
    }

    @Test
    void a_batch_id_that_is_no_uuid_names_nothing() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/batches/not-a-batch/sales").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(ONE_KILOGRAM))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        verifyNoInteractions(runner);
    }

    @Test
    void an_unknown_lineage_direction_is_400() throws Exception {
        mvc.perform(get(BATCH + "/lineage?direction=sideways").header("Authorization", TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("direction"));
    }
}
