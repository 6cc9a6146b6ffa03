package org.foodtrace.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.api.web.PagesTestContext;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.gs1.Gtin;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.gs1.Gs1Queries;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city recorded at start-up (the page tests' shared context runs with TRACE_DEMO on). */
class DemoSeederTest extends PagesTestContext {

    @Autowired
    OperatorRegistryQueries registry;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    Gs1Queries gs1;

    @Autowired
    RecallQueries recalls;

    @Test
    void seedsOnlyAnEmptyStore() {
        long before = progress.headOfStore();

        assertThat(demo.seedIfEmpty()).isEmpty();
        assertThat(progress.headOfStore()).isEqualTo(before);
    }

    @Test
    void hasFarmsInTheFourYangjiangDistricts() {
        assertThat(registry.list(OperatorKind.FARM, null, null))
                .extracting(OperatorRecord::region)
                .contains("441702", "441704", "441721", "441781");
        assertThat(registry.find(city().slaughterhouse().operatorId()))
                .hasValueSatisfying(slaughterhouse -> {
                    assertThat(slaughterhouse.designatedSlaughterhouse()).isTrue();
                    assertThat(slaughterhouse.status()).isEqualTo(OperatorStatus.ACTIVE);
                });
    }

    @Test
    void hasAFormulaLotWithAValidGtinResolvableAsADigitalLink() {
        assertThat(Gtin.of(YangjiangDemo.FORMULA_GTIN).value()).isEqualTo(YangjiangDemo.FORMULA_GTIN);
        assertThat(gs1.findBatch(YangjiangDemo.FORMULA_GTIN, YangjiangDemo.FORMULA_LOT))
                .contains(city().formula().batchId());
    }

    @Test
    void hasOneFailedRapidTestWithItsLotOnHold() {
        assertThat(batches.find(city().cabbageOnHold().batchId()))
                .hasValueSatisfying(cabbage -> assertThat(cabbage.status()).isEqualTo(BatchStatus.ON_HOLD));
    }

    @Test
    void hasOneOpenRecallThatReachedThePorkAtTheSupermarket() {
        assertThat(recalls.list(RecallStatus.OPEN)).extracting(recall -> recall.recallId())
                .contains(city().recallId());
        assertThat(batches.find(city().porkAtSupermarket().batchId()))
                .hasValueSatisfying(pork -> assertThat(pork.status()).isEqualTo(BatchStatus.RECALLED));
    }

    @Test
    void resolvesTheFormulasDigitalLinkToItsConsumerPage() throws Exception {
        var answer = get("/01/" + YangjiangDemo.FORMULA_GTIN + "/10/" + YangjiangDemo.FORMULA_LOT,
                "Accept", "text/html");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/t/" + city().formula().traceCode()));
    }
}
