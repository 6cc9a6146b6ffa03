package org.foodtrace.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Requests the service must refuse with a 4xx {@code application/problem+json} and without storing anything: the
 * hand-written cases in {@code reliability/hostile-requests.json} ({@code {batchId}} and {@code {operatorId}} are
 * filled in) plus generated ones (field × bad value, truncations, huge and deep bodies, unicode edge cases).
 */
final class HostileCorpus {

    /** Text that is not malformed: stored verbatim (or refused with 400), escaped on output. */
    static final List<String> ACCEPTED_TEXTS = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE domainevententry; --",
            "Robert'); DELETE FROM batch_view; --",
            "1 OR 1=1",
            "\u202Eevil\u202C pigs",
            "猪肉 🐖 ½ kg",
            "x".repeat(200));

    record Entry(String name, String method, String path, Map<String, String> headers, byte[] body, String as) {
    }

    private final List<Entry> refused;

    private HostileCorpus(List<Entry> refused) {
        this.refused = refused;
    }

    List<Entry> refused() {
        return refused;
    }

    /** Names of entries the service is known not to refuse properly yet, with why (known-gaps.txt). */
    static Map<String, String> knownGaps() throws IOException {
        Map<String, String> gaps = new LinkedHashMap<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/reliability/known-gaps.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    gaps.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
        }
        return gaps;
    }

    static HostileCorpus load(String batchId, String operatorId) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/reliability/hostile-requests.json")) {
            for (JsonNode node : Http.JSON.readTree(in)) {
                Map<String, String> headers = new LinkedHashMap<>();
                JsonNode h = node.get("headers");
                if (h != null) {
                    h.properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
                }
                String body = node.hasNonNull("body") ? fill(node.get("body").asString(), batchId, operatorId) : null;
                entries.add(new Entry(node.get("name").asString(), node.get("method").asString(),
                        fill(node.get("path").asString(), batchId, operatorId), headers,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                        node.hasNonNull("as") ? node.get("as").asString() : null));
            }
        }
        generate(entries, batchId, operatorId);
        return new HostileCorpus(entries);
    }

    private static String fill(String text, String batchId, String operatorId) {
        return text.replace("{batchId}", batchId).replace("{operatorId}", operatorId);
    }

    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private static void json(List<Entry> entries, String name, String path, String as, String body) {
        entries.add(new Entry(name, "POST", path, JSON_HEADERS, body.getBytes(StandardCharsets.UTF_8), as));
    }

    private static void generate(List<Entry> entries, String batchId, String operatorId) {
        String today = Http.TODAY.toString();
        // ---- batch registration: every field × bad values
        Map<String, String> batch = new LinkedHashMap<>();
        batch.put("category", "\"VEGETABLE\"");
        batch.put("product", "\"Bok choy\"");
        batch.put("quantity", "{\"amount\": 5, \"unit\": \"kg\"}");
        batch.put("originRegion", "\"441702\"");
        batch.put("producedOn", "\"" + Http.TODAY.minusDays(1) + "\"");
        Map<String, List<String>> badValues = new LinkedHashMap<>();
        badValues.put("category", List.of("\"FRUIT\"", "\"vegetable\"", "1", "true", "[]", "{}", "\"\"", "null"));
        badValues.put("product", List.of("1", "true", "[]", "{}", "\"\"", "null", "\"" + "p".repeat(201) + "\"",
                "\"a\\u0000b\"", "\"bell\\u0007\"", "\"line\\nbreak\"", "\"esc\\u001b[31m\"", "\"\\ud800\"",
                "\"\\udfff lone\"", "\"   \""));
        badValues.put("quantity", List.of("5", "\"5 kg\"", "[]", "null", "{}",
                "{\"amount\": -1, \"unit\": \"kg\"}", "{\"amount\": 0, \"unit\": \"kg\"}",
                "{\"amount\": -0.0, \"unit\": \"kg\"}", "{\"amount\": \"NaN\", \"unit\": \"kg\"}",
                "{\"amount\": NaN, \"unit\": \"kg\"}", "{\"amount\": Infinity, \"unit\": \"kg\"}",
                "{\"amount\": \"Infinity\", \"unit\": \"kg\"}", "{\"amount\": -Infinity, \"unit\": \"kg\"}",
                "{\"amount\": 1e400, \"unit\": \"kg\"}", "{\"amount\": \"abc\", \"unit\": \"kg\"}",
                "{\"amount\": true, \"unit\": \"kg\"}", "{\"amount\": 5, \"unit\": \"tonne\"}",
                "{\"amount\": 5, \"unit\": \"KG\"}", "{\"amount\": 5}", "{\"unit\": \"kg\"}",
                "{\"amount\": 5, \"unit\": null}", "{\"amount\": [5], \"unit\": \"kg\"}"));
        badValues.put("originRegion", List.of("\"44170\"", "\"4417020\"", "\"abcdef\"", "\"44170x\"", "441702",
                "\"\"", "null", "\"../../\"", "\"441702' OR '1'='1\"", "\"４４１７０２\""));
        badValues.put("producedOn", List.of("\"2026-13-01\"", "\"2026-02-30\"", "\"yesterday\"", "20261120",
"\"\"", "null", "[]", "\"2026-11-20T00:00:00Z\""));
        for (var field : badValues.entrySet()) {
            for (String value : field.getValue()) {
                Map<String, String> copy = new LinkedHashMap<>(batch);
                copy.put(field.getKey(), value);
                json(entries, "register " + field.getKey() + "=" + value, "/api/v1/batches", "farm", object(copy));
            }
            Map<String, String> missing = new LinkedHashMap<>(batch);
            missing.remove(field.getKey());
            json(entries, "register missing " + field.getKey(), "/api/v1/batches", "farm", object(missing));
        }
        // livestock without or with a wrong species
        json(entries, "register pigs no species", "/api/v1/batches", "farm",
                "{\"category\": \"LIVESTOCK\", \"product\": \"Pigs\", \"quantity\": {\"amount\": 2, \"unit\": \"head\"},"
                        + " \"originRegion\": \"441702\", \"producedOn\": \"" + today + "\"}");
        json(entries, "register pigs species DRAGON", "/api/v1/batches", "farm",
                "{\"category\": \"LIVESTOCK\", \"species\": \"DRAGON\", \"product\": \"Pigs\", \"quantity\": "
                        + "{\"amount\": 2, \"unit\": \"head\"}, \"originRegion\": \"441702\", \"producedOn\": \""
                        + today + "\"}");
        // infant formula with invalid GTINs
        for (String gtin : List.of("\"12345678\"", "\"6901234567890\"", "\"690123456789\"", "\"1234567\"",
                "\"123456789012345\"", "\"69012345678A2\"", "\"\"", "6901234567892", "\"-6901234567892\"",
                "\"6901234567892 \"", "null")) {
            json(entries, "register formula gtin=" + gtin, "/api/v1/batches", "farm",
                    "{\"category\": \"INFANT_FORMULA\", \"product\": \"Formula\", \"quantity\": {\"amount\": 10, "
                            + "\"unit\": \"unit\"}, \"originRegion\": \"441702\", \"producedOn\": \"" + today
                            + "\", \"gtin\": " + gtin + ", \"lot\": \"L1\", \"expiresOn\": \""
                            + Http.TODAY.plusYears(1) + "\"}");
        }
        // ---- malformed and truncated JSON
        String valid = object(batch);
        for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 25)) {
            json(entries, "register truncated at " + cut, "/api/v1/batches", "farm", valid.substring(0, cut));
        }
        for (String broken : List.of("{", "}", "{{}}", "{\"category\" \"VEGETABLE\"}", "{'category': 'VEGETABLE'}",
                "{\"category\": \"VEGETABLE\",}", "{\"a\":1}{\"b\":2}", "\u0000", "\uFEFF{}", "not json", "[1,2,",
                "{\"quantity\": {\"amount\": 01, \"unit\": \"kg\"}}", "{\"quantity\": {\"amount\": 0x10}}",
                "/* comment */ {}", "{\"category\": \"VEGETABLE\" // comment\n}")) {
            json(entries, "malformed " + broken.replace("\u0000", "NUL"), "/api/v1/batches", "farm", broken);
        }
        // invalid UTF-8 bytes
        byte[] invalidUtf8 = "{\"category\": \"VEGETABLE\", \"product\": \"X\"}".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[30] = (byte) 0xC3;
        invalidUtf8[31] = (byte) 0x28;
        entries.add(new Entry("invalid utf-8", "POST", "/api/v1/batches", JSON_HEADERS, invalidUtf8, "farm"));
        // ---- huge and deep
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        entries.add(new Entry("10 MB body", "POST", "/api/v1/batches", JSON_HEADERS, huge, "farm"));
        String bigProduct = "{\"category\": \"VEGETABLE\", \"product\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        json(entries, "2 MB string", "/api/v1/batches", "farm", bigProduct);
        json(entries, "deep arrays 10000", "/api/v1/batches", "farm", "[".repeat(10_000) + "]".repeat(10_000));
        json(entries, "deep objects 10000", "/api/v1/batches", "farm",
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        json(entries, "deep quantity 10000", "/api/v1/batches/" + batchId + "/sales", "market",
                "{\"quantity\": " + "{\"amount\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}");
        json(entries, "many fields", "/api/v1/batches", "farm", "{" + String.join(",",
                java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "\"f" + i + "\":1").toList()) + "}");
        // ---- sales
        for (String q : List.of("{\"amount\": 0, \"unit\": \"kg\"}", "{\"amount\": -1, \"unit\": \"kg\"}",
                "{\"amount\": NaN, \"unit\": \"kg\"}", "{\"amount\": \"Infinity\", \"unit\": \"kg\"}",
                "{\"amount\": 1e309, \"unit\": \"kg\"}", "{\"amount\": \"1\", \"unit\": \"kg\"}", "1", "null",
                "{\"amount\": 1, \"unit\": \"pounds\"}", "{\"amount\": 1}")) {
            json(entries, "sale quantity=" + q, "/api/v1/batches/" + batchId + "/sales", "market",
                    "{\"quantity\": " + q + "}");
        }
        json(entries, "sale buyer 201", "/api/v1/batches/" + batchId + "/sales", "market",
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}, \"buyer\": \"" + "b".repeat(201) + "\"}");
        json(entries, "sale buyer NUL", "/api/v1/batches/" + batchId + "/sales", "market",
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}, \"buyer\": \"a\\u0000b\"}");
        json(entries, "sale buyer lone surrogate", "/api/v1/batches/" + batchId + "/sales", "market",
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}, \"buyer\": \"\\ud83d\"}");
        json(entries, "sale buyer number", "/api/v1/batches/" + batchId + "/sales", "market",
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}, \"buyer\": {\"x\": 1}}");
        // ---- operators (regulator)
        Map<String, String> operator = new LinkedHashMap<>();
        operator.put("name", "\"Op\"");
        operator.put("kind", "\"FARM\"");
        operator.put("licenseNumber", "\"L-1\"");
        operator.put("region", "\"441702\"");
        Map<String, List<String>> badOperator = new LinkedHashMap<>();
        badOperator.put("name", List.of("\"\"", "null", "1", "\"" + "n".repeat(201) + "\"", "\"a\\u0001\""));
        badOperator.put("kind", List.of("\"BUTCHER\"", "\"farm\"", "null", "3"));
        badOperator.put("licenseNumber", List.of("\"\"", "null", "[]"));
        badOperator.put("region", List.of("\"12345\"", "\"1234567\"", "\"abcdef\"", "null", "441702"));
        for (var field : badOperator.entrySet()) {
            for (String value : field.getValue()) {
                Map<String, String> copy = new LinkedHashMap<>(operator);
                copy.put(field.getKey(), value);
                json(entries, "operator " + field.getKey() + "=" + value, "/api/v1/operators", "regulator",
                        object(copy));
            }
            Map<String, String> missing = new LinkedHashMap<>(operator);
            missing.remove(field.getKey());
            json(entries, "operator missing " + field.getKey(), "/api/v1/operators", "regulator", object(missing));
        }
        json(entries, "operator designated not boolean", "/api/v1/operators", "regulator",
                "{\"name\": \"Op\", \"kind\": \"FARM\", \"licenseNumber\": \"L\", \"region\": \"441702\", "
                        + "\"designatedSlaughterhouse\": \"maybe\"}");
        // ---- origin exit, dispatch, split, disposal, inspections on the (admitted) batch
        String path = "/api/v1/batches/" + batchId;
        json(entries, "exit unknown certificate type", path + "/origin-exit", "market",
                "{\"certificate\": {\"type\": \"MAGIC\", \"number\": \"1\", \"issuedBy\": \"x\", \"issuedOn\": \""
                        + today + "\", \"validUntil\": \"" + today + "\"}, \"destinationOperatorId\": \""
                        + operatorId + "\"}");
        json(entries, "exit missing certificate", path + "/origin-exit", "market",
                "{\"destinationOperatorId\": \"" + operatorId + "\"}");
        for (String q : List.of("{\"amount\": 0, \"unit\": \"kg\"}", "{\"amount\": -5, \"unit\": \"kg\"}",
                "{\"amount\": NaN, \"unit\": \"kg\"}", "null")) {
            json(entries, "dispatch quantity=" + q, path + "/dispatch", "market",
                    "{\"destinationOperatorId\": \"" + operatorId + "\", \"quantity\": " + q + "}");
            json(entries, "disposal quantity=" + q, path + "/disposal", "market",
                    "{\"quantity\": " + q + ", \"method\": \"incineration\"}");
            json(entries, "split part=" + q, path + "/split", "market", "{\"parts\": [" + q + "]}");
        }
        json(entries, "split no parts", path + "/split", "market", "{\"parts\": []}");
        json(entries, "split parts not array", path + "/split", "market", "{\"parts\": \"5kg\"}");
        json(entries, "inspection verdict MAYBE", path + "/inspections", "market",
                "{\"analyte\": \"x\", \"method\": \"y\", \"value\": 1, \"unit\": \"%\", \"limit\": 2, "
                        + "\"verdict\": \"MAYBE\", \"sampleId\": \"S\"}");
        json(entries, "inspection value Infinity", path + "/inspections", "market",
                "{\"analyte\": \"x\", \"method\": \"y\", \"value\": Infinity, \"unit\": \"%\", \"limit\": 2, "
                        + "\"verdict\": \"PASS\", \"sampleId\": \"S\"}");
        json(entries, "transformation no inputs", "/api/v1/transformations", "market",
                "{\"inputs\": [], \"outputs\": []}");
        json(entries, "transformation wrong types", "/api/v1/transformations", "market",
                "{\"inputs\": \"x\", \"outputs\": 1}");
        // ---- trace codes
        for (String code : List.of("x", "%00", "AAAAAAAAAAAAAAAAAAAA", "'%20OR%20'1'='1", "%3Cscript%3E",
                "%F0%9F%90%96", "%E2%80%AE", "a".repeat(300))) {
            entries.add(new Entry("trace code " + code, "GET", "/api/v1/trace/" + code, Map.of(), null, null));
            entries.add(new Entry("trace page " + code, "GET", "/t/" + code, Map.of(), null, null));
        }
        // ---- headers
        entries.add(new Entry("idempotency key too long", "POST", path + "/sales",
                Map.of("Content-Type", "application/json", "Idempotency-Key", "k".repeat(256)),
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}".getBytes(StandardCharsets.UTF_8), "market"));
        entries.add(new Entry("json with charset latin1 invalid", "POST", "/api/v1/batches",
                Map.of("Content-Type", "application/json; charset=nonsense"),
                valid.getBytes(StandardCharsets.UTF_8), "farm"));
        entries.add(new Entry("bad bearer", "POST", "/api/v1/batches",
                Map.of("Content-Type", "application/json", "Authorization", "Bearer ' OR 1=1 --"),
                valid.getBytes(StandardCharsets.UTF_8), null));
        entries.add(new Entry("basic auth", "POST", "/api/v1/batches",
                Map.of("Content-Type", "application/json", "Authorization", "Basic YWRtaW46YWRtaW4="),
                valid.getBytes(StandardCharsets.UTF_8), null));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(v));
        return json.append('}').toString();
    }
}
