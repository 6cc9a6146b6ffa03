package org.foodtrace.projections.alert;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.foodtrace.core.batch.Species;
import org.foodtrace.core.operator.OperatorKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of every alert rule, in one place ({@code trace.alerts.*}); docs/alerts.md explains each.
 *
 * @param rapidTestWindow     REPEATED_RAPID_TEST_FAILURES: the window the failures fall in (default 30 days)
 * @param rapidTestFailures   REPEATED_RAPID_TEST_FAILURES: how many failed batches of one producer within the
 *                            window raise it (default 2)
 * @param yields              TRANSFORMATION_YIELD_EXCEEDED for transformations: yield limits by product
 *                            (default paddy→rice 0.75, wheat→flour 0.85, oilseed→oil 0.45)
 * @param oilKgPerLitre       converts litres to kilograms when comparing weights (default 0.92, edible oil)
 * @param carcassYield        TRANSFORMATION_YIELD_EXCEEDED for slaughter: meat out per kg of live animal
 *                            (default 0.80)
 * @param liveWeightKgPerHead the heaviest plausible live weight of one animal per species, since live animals are
 *                            counted in head (default pig 150, cattle 800, sheep 75, poultry 4 kg)
 * @param marketKinds         MARKET_SOLD_MORE_THAN_ADMITTED: the operator kinds that count as markets
 *                            (default wholesale and retail markets, supermarkets)
 */
@ConfigurationProperties("trace.alerts")
public record AlertProperties(Duration rapidTestWindow, int rapidTestFailures, List<YieldLimit> yields,
                              BigDecimal oilKgPerLitre, BigDecimal carcassYield,
                              Map<Species, BigDecimal> liveWeightKgPerHead, Set<OperatorKind> marketKinds) {

    public static final List<YieldLimit> DEFAULT_YIELDS = List.of(
            new YieldLimit("paddy-to-rice", "paddy|稻谷", "^(?!.*(bran|husk|hull|糠|壳|玉米)).*(rice|米)",
                    new BigDecimal("0.75")),
            new YieldLimit("wheat-to-flour", "wheat|小麦", "^(?!.*(bran|麸)).*(flour|面粉)", new BigDecimal("0.85")),
            new YieldLimit("oilseed-to-oil",
                    "oilseed|rapeseed|canola|peanut|groundnut|soybean|soya|sesame|sunflower|camellia"
                            + "|油菜籽|菜籽|花生|大豆|芝麻|葵花籽|油茶籽",
                    "^(?!.*(meal|cake|粕|饼)).*(oil|油)", new BigDecimal("0.45")));

    public AlertProperties {
        rapidTestWindow = rapidTestWindow == null ? Duration.ofDays(30) : rapidTestWindow;
        rapidTestFailures = rapidTestFailures <= 0 ? 2 : rapidTestFailures;
        yields = yields == null || yields.isEmpty() ? DEFAULT_YIELDS : List.copyOf(yields);
        oilKgPerLitre = oilKgPerLitre == null ? new BigDecimal("0.92") : oilKgPerLitre;
        carcassYield = carcassYield == null ? new BigDecimal("0.80") : carcassYield;
        Map<Species, BigDecimal> weights = new EnumMap<>(Map.of(Species.PIG, new BigDecimal("150"),
                Species.CATTLE, new BigDecimal("800"), Species.SHEEP, new BigDecimal("75"),
                Species.POULTRY, new BigDecimal("4")));
        if (liveWeightKgPerHead != null) {
            weights.putAll(liveWeightKgPerHead);
        }
        liveWeightKgPerHead = Map.copyOf(weights);
        marketKinds = marketKinds == null || marketKinds.isEmpty()
                ? Set.of(OperatorKind.WHOLESALE_MARKET, OperatorKind.RETAIL_MARKET, OperatorKind.SUPERMARKET)
                : Set.copyOf(marketKinds);
    }

    /** The defaults, as when nothing is configured. */
    public static AlertProperties defaults() {
        return new AlertProperties(null, 0, null, null, null, null, null);
    }

    /** The most meat a head of the species plausibly gives, in kg (live weight times carcass yield). */
    BigDecimal maxMeatKgPerHead(Species species) {
        BigDecimal live = species == null ? null : liveWeightKgPerHead.get(species);
        return live == null ? null : live.multiply(carcassYield);
    }
}
