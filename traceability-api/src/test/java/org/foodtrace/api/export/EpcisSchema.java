package org.foodtrace.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** GS1's official EPCIS 2.0 JSON schema (test resource epcis/), with format assertions (uri, date-time) on. */
public final class EpcisSchema {

    private static final Schema SCHEMA = load();

    private EpcisSchema() {
    }

    /** The schema violations of the JSON document; empty when it is a valid EPCIS 2.0 document. */
    public static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = EpcisSchema.class.getResourceAsStream("/epcis/EPCISDocument.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("epcis/EPCISDocument.schema.json is not on the test class path");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
