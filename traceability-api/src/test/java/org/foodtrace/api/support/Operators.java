package org.foodtrace.api.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers operators through the API as the regulator, for tests. */
public final class Operators {

    private final Api api;

    public Operators(Api api) {
        this.api = api;
    }

    public Registered register(String name, String kind, boolean designated) {
        Answer answer = api.post("/api/v1/operators", Api.REGULATOR_TOKEN, """
                {"name": "%s", "kind": "%s", "licenseNumber": "LIC-%s", "region": "441702",
                 "designatedSlaughterhouse": %s}""".formatted(name, kind, name.hashCode(), designated));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return new Registered(answer.text("operatorId"), answer.text("apiToken"));
    }

    public record Registered(String id, String token) {
    }
}
