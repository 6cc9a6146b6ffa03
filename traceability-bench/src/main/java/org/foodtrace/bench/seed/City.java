package org.foodtrace.bench.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.foodtrace.bench.BenchSize;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.OperatorRegistered;

/**
 * The market operators of a prefecture-level city (Yangjiang-like): pig and vegetable farms, designated
 * slaughterhouses, wholesale markets and retailers (wet markets and supermarkets), spread over its districts.
 */
final class City {

    static final List<String> REGIONS = List.of("441702", "441704", "441721", "441723", "441781", "440104",
            "440106", "440111", "440112", "440113");

    record Operator(String id, String name, OperatorKind kind, String region, boolean designated) {
    }

    final List<Operator> pigFarms = new ArrayList<>();
    final List<Operator> vegetableFarms = new ArrayList<>();
    final List<Operator> slaughterhouses = new ArrayList<>();
    final List<Operator> markets = new ArrayList<>();
    final List<Operator> retailers = new ArrayList<>();

    City(BenchSize size, RandomIds ids) {
        for (int i = 1; i <= size.farms(); i++) {
            boolean pigs = i % 2 == 1;
            (pigs ? pigFarms : vegetableFarms).add(operator(ids, (pigs ? "Pig Farm " : "Vegetable Farm ") + i,
                    OperatorKind.FARM, false));
        }
        for (int i = 1; i <= size.slaughterhouses(); i++) {
            slaughterhouses.add(operator(ids, "Designated Slaughterhouse " + i, OperatorKind.SLAUGHTERHOUSE, true));
        }
        for (int i = 1; i <= size.markets(); i++) {
            markets.add(operator(ids, "Wholesale Market " + i, OperatorKind.WHOLESALE_MARKET, false));
        }
        for (int i = 1; i <= size.retailers(); i++) {
            boolean supermarket = i % 4 == 0;
            retailers.add(operator(ids, (supermarket ? "Supermarket " : "Wet Market ") + i,
                    supermarket ? OperatorKind.SUPERMARKET : OperatorKind.RETAIL_MARKET, false));
        }
    }

    List<Operator> all() {
        List<Operator> all = new ArrayList<>(pigFarms);
        all.addAll(vegetableFarms);
        all.addAll(slaughterhouses);
        all.addAll(markets);
        all.addAll(retailers);
        return all;
    }

    /** Each operator's registration, the only event of its {@code Operator} aggregate. */
    List<SeedEvent> registrations(Instant at, RandomIds ids) {
        List<SeedEvent> events = new ArrayList<>();
        int licence = 1;
        for (Operator operator : all()) {
            OperatorRegistered registered = new OperatorRegistered(operator.id(), operator.name(), operator.kind(),
                    "GD-BENCH-%05d".formatted(licence++), operator.region(), operator.designated(), at);
            events.add(new SeedEvent("Operator", operator.id(), 0, registered, at, ids.uuid(), Map.of()));
        }
        return events;
    }

    private static Operator operator(RandomIds ids, String name, OperatorKind kind, boolean designated) {
        return new Operator(ids.uuid(), name, kind, ids.pick(REGIONS), designated);
    }
}
