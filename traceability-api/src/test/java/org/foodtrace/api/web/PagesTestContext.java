package org.foodtrace.api.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.api.demo.DemoCity;
import org.foodtrace.api.demo.DemoSeeder;
import org.foodtrace.api.demo.SupplyChain;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.api.support.ExcludeOtherModulesTestApplications;
import org.foodtrace.testsupport.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context every page test shares: the whole service on a random port, a fresh PostgreSQL,
 * the Yangjiang demo recorded at start-up. Tests add their own lots through the same command gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "trace.regulator-token=" + PagesTestContext.REGULATOR_TOKEN,
        "trace.demo.enabled=true",
        "trace.public.rate-limit=0"})
@ContextConfiguration(initializers = FreshDatabase.class)
@TypeExcludeFilters(ExcludeOtherModulesTestApplications.class)
public abstract class PagesTestContext {

    public static final String REGULATOR_TOKEN = "pages-test-regulator-token";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected CommandGateway commands;

    @Autowired
    protected DemoSeeder demo;

    @Autowired
    protected ProjectionProgress progress;

    @Autowired
    protected LineageQueries lineage;

    protected final SupplyChain chain() {
        return new SupplyChain(commands, new SecureRandom());
    }

    protected final DemoCity city() {
        return demo.seeded().orElseThrow(() -> new IllegalStateException("the demo was not recorded at start-up"));
    }

    /** Waits until the read models show everything recorded so far. */
    protected final void projected() {
        progress.awaitProcessed(progress.headOfStore(), java.time.Duration.ofSeconds(10));
    }

    protected final String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected final HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
