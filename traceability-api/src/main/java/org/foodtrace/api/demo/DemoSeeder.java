package org.foodtrace.api.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With {@code TRACE_DEMO=true}, records the Yangjiang demo once the service is ready, but only into an empty
 * event store: a restart, or a database with real data in it, is left alone. Then logs where to look.
 */
@Component
@Conditional(DemoEnabled.class)
public class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final ProjectionProgress progress;
    private final LineageQueries lineage;
    private final RecallQueries recalls;
    private final SecureRandom random;
    private final Clock clock;
    private final Environment environment;
    private volatile DemoCity seeded;

    public DemoSeeder(CommandGateway commands, ProjectionProgress progress, LineageQueries lineage,
                      RecallQueries recalls, SecureRandom random, Clock clock, Environment environment) {
        this.commands = commands;
        this.progress = progress;
        this.lineage = lineage;
        this.recalls = recalls;
        this.random = random;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        Optional<DemoCity> city = seedIfEmpty();
        if (city.isEmpty()) {
            log.info("TRACE_DEMO: the event store already holds events, so no demo data was added.");
            return;
        }
        log.info(guide(city.get()));
    }

    /** Records the demo when the event store is empty, and waits until the read models show it. */
    public synchronized Optional<DemoCity> seedIfEmpty() {
        if (progress.headOfStore() > 0) {
            return Optional.empty();
        }
        log.info("TRACE_DEMO: recording the Yangjiang demo city ...");
        YangjiangDemo demo = new YangjiangDemo(new SupplyChain(commands, random), clock);
        DemoCity recorded = demo.record();
        progress.awaitProcessed(progress.headOfStore(), PROJECTION_WAIT);
        Lot pigs = recorded.pigsFromChunwan();
        DemoCity city = recorded.withRecall(demo.recall(pigs, lineage.descendantIds(pigs.batchId())));
        awaitRecallReached(city);
        progress.awaitProcessed(progress.headOfStore(), PROJECTION_WAIT);
        seeded = city;
        return Optional.of(city);
    }

    /** The recall process marks the descendants after the recall opens; the guide should show them marked. */
    private void awaitRecallReached(DemoCity city) {
        long deadline = System.nanoTime() + PROJECTION_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean reached = recalls.find(city.recallId())
                    .map(recall -> recall.affected().stream().allMatch(item -> item.recalledAt() != null))
                    .orElse(false);
            if (reached) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("TRACE_DEMO: the recall of {} has not reached every batch yet.", city.pigsFromChunwan().traceCode());
    }

    /** What the demo recorded at this start-up, if it did. */
    public Optional<DemoCity> seeded() {
        return Optional.ofNullable(seeded);
    }

    private String guide(DemoCity city) {
        String base = baseUrl();
        return String.join(System.lineSeparator(),
                "TRACE_DEMO: the Yangjiang demo city is recorded. Have a look:",
                "  pork at a wet market        " + base + "/t/" + city.porkAtDongmen().traceCode(),
                "  pork at the supermarket     " + base + "/t/" + city.porkAtSupermarket().traceCode(),
                "  cabbage that failed a test  " + base + "/t/" + city.cabbageOnHold().traceCode(),
                "  rice milled from paddy      " + base + "/t/" + city.rice().traceCode(),
                "  infant formula (GS1 link)   " + base + "/01/" + YangjiangDemo.FORMULA_GTIN + "/10/"
                        + YangjiangDemo.FORMULA_LOT,
                "  in English                  " + base + "/t/" + city.porkAtDongmen().traceCode() + "?lang=en",
                "  recalled pork               " + base + "/t/" + city.porkAtSupermarket().traceCode(),
                "  the recall's progress       " + base + "/regulator/recalls/" + city.recallId(),
                "  regulator dashboard         " + base + "/regulator",
                "  sign in there with the regulator token: TRACE_REGULATOR_TOKEN, or the one logged above when it"
                        + " is unset.");
    }

    private String baseUrl() {
        String configured = environment.getProperty("trace.public.base-url");
        if (StringUtils.hasText(configured)) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
