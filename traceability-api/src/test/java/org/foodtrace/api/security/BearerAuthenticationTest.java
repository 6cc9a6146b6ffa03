package org.foodtrace.api.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who gets past the filter chain: no or unknown token is 401, a wrong role 403 FORBIDDEN, a token that cannot be
 * looked up because the database is down 503, all problem+json.
 */
@WebMvcTest(controllers = SecuredProbeController.class)
@Import(SliceSecurity.class)
class BearerAuthenticationTest {

    static final String OPERATOR_TOKEN = "operator-token";
    static final String OPERATOR_ID = "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiTokenStore tokens;

    @BeforeEach
    void operatorToken() {
        given(tokens.ownerOf(any())).willReturn(Optional.empty());
        given(tokens.ownerOf(org.mockito.ArgumentMatchers.argThat(hash ->
                java.util.Arrays.equals(hash, ApiTokens.hash(OPERATOR_TOKEN))))).willReturn(Optional.of(OPERATOR_ID));
    }

    @Test
    void no_token_is_401_problem_with_a_bearer_challenge() throws Exception {
        mvc.perform(get("/api/v1/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void an_unknown_token_is_401() throws Exception {
        mvc.perform(get("/api/v1/whoami").header("Authorization", "Bearer nobody-has-this"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void another_scheme_is_401() throws Exception {
        mvc.perform(get("/api/v1/whoami").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_token_names_the_caller() throws Exception {
        mvc.perform(get("/api/v1/whoami").header("Authorization", "Bearer " + OPERATOR_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(OPERATOR_ID))
                .andExpect(jsonPath("$.regulator").value(false));
        mvc.perform(get("/api/v1/whoami").header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulator").value(true));
    }

    @Test
    void an_operator_on_a_regulator_path_is_403_forbidden() throws Exception {
        mvc.perform(post("/api/v1/operators").header("Authorization", "Bearer " + OPERATOR_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void the_regulator_may_not_trade_in_batches() throws Exception {
        mvc.perform(post("/api/v1/batches/x/sales").header("Authorization", SliceSecurity.REGULATOR_BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void metrics_are_for_the_regulator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + OPERATOR_TOKEN))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_token_lookup_failing_on_a_database_outage_is_503_not_401() throws Exception {
        given(tokens.ownerOf(any())).willThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("trace - Connection is not available, request timed out")));
        mvc.perform(get("/api/v1/whoami").header("Authorization", "Bearer " + OPERATOR_TOKEN))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.instance").value("/api/v1/whoami"));
    }

    @Test
    void the_regulator_is_recognised_without_the_database() throws Exception {
        given(tokens.ownerOf(any())).willThrow(new CannotGetJdbcConnectionException("down"));
        mvc.perform(get("/api/v1/whoami").header("Authorization", SliceSecurity.REGULATOR_BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulator").value(true));
    }

    @Test
    void public_paths_need_no_token() throws Exception {
        mvc.perform(get("/api/v1/trace/ANYTHING")).andExpect(status().isNotFound());
        mvc.perform(get("/01/09501101530003/10/LOT1")).andExpect(status().isNotFound());
    }
}
