package org.foodtrace.api.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documented hand check (scripts/verify-chain.sh: psql, jq, sha256sum) recomputes the same hashes as the
 * service from the stored JSON, so the canonical form really is independent of the service's serializer.
 * Skipped where those tools are not installed.
 */
@FullStackTest
class VerifyChainScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "verify-chain.sh");

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String jdbcUrl;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Batches batches;

    @BeforeEach
    void tools() {
        assumeTrue(Files.isRegularFile(SCRIPT), "scripts/verify-chain.sh is next to this module");
        for (String tool : new String[] {"psql", "jq", "sha256sum", "base64"}) {
            assumeTrue(onPath(tool), tool + " is installed");
        }
        api = new Api(port);
        batches = new Batches(api);
    }

    @Test
    void the_script_recomputes_the_services_hashes_and_finds_an_altered_event() throws Exception {
        Operators operators = new Operators(api);
        Operators.Registered farm = operators.register("Script Farm", "FARM", false);
        Operators.Registered market = operators.register("Script Market", "RETAIL_MARKET", false);
        Batches.Created batch = batches.admittedVegetables(farm, market, "100.50");
        String path = "/api/v1/batches/" + batch.batchId();
        assertThat(api.post(path + "/inspections", market.token(), """
                {"analyte": "organophosphate", "method": "enzyme-inhibition", "value": 12.0, "unit": "%",
                 "limit": 50.0, "verdict": "PASS", "sampleId": "S-1"}""").status()).isEqualTo(201);
        assertThat(api.post(path + "/sales", market.token(), """
                {"quantity": {"amount": 0.25, "unit": "kg"}, "buyer": "摊位 12 \\"<script>\\" \\\\ 'x'"}""")
                .status()).isEqualTo(201);
        Answer split = api.post(path + "/split", market.token(), "{\"parts\": [{\"amount\": 10, \"unit\": \"kg\"}]}");
        String part = split.json().path("parts").get(0).path("batchId").asString();

        Run parent = run(batch.batchId());
        Run child = run(part);

        assertThat(parent.exit()).as(parent.output()).isZero();
        assertThat(parent.output()).contains("0 BatchRegistered ok", "3 BatchInspected ok", "4 BatchSold ok",
                "5 BatchSplit ok").doesNotContain("MISMATCH", "unhashed");
        assertThat(parent.output()).contains("head " + verification(batch.batchId()));
        assertThat(child.exit()).as(child.output()).isZero();
        assertThat(child.output()).contains("0 BatchDerived ok", "head " + verification(part));

        jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '0.25', '0.2'), 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = 4""")
                .param("id", batch.batchId()).update();
        Run tampered = run(batch.batchId());

        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.output()).contains("4 BatchSold MISMATCH", "5 BatchSplit ok");
    }

    private String verification(String batchId) {
        return api.get("/api/v1/batches/" + batchId + "/verification", Api.REGULATOR_TOKEN).text("headHash");
    }

    private Run run(String batchId) throws IOException, InterruptedException {
        String connection = jdbcUrl.substring("jdbc:".length());
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), batchId, connection)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("bash", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int exit, String output) {
    }
}
