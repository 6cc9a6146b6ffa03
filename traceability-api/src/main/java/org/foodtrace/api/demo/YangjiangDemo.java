package org.foodtrace.api.demo;

import static org.foodtrace.core.shared.QuantityUnit.HEAD;
import static org.foodtrace.core.shared.QuantityUnit.KG;
import static org.foodtrace.core.shared.QuantityUnit.UNIT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.TraceZone;

/**
 * The week before today in a small Yangjiang food chain: pig farms in 江城区 and 阳春市 sending pigs to the
 * designated slaughterhouse, pork split and sent on to two wet markets and a supermarket; vegetables from 阳东区
 * and 阳西县 through the wholesale market, with gate tests, one refused for a mistyped certificate, one for an
 * expired one, and a cabbage lot that failed its rapid test and is on hold; paddy from 阳西县 milled into rice;
 * an infant formula lot with a GTIN; and, on the last day, an open recall of the pigs from 阳春市.
 */
public class YangjiangDemo {

    /** GS1 prefix 690 (China), check digit 2. */
    public static final String FORMULA_GTIN = "06901234567892";
    public static final String FORMULA_LOT = "YD2611A";

    private final SupplyChain chain;
    private final LocalDate firstDay;

    public YangjiangDemo(SupplyChain chain, Clock clock) {
        this.chain = chain;
        this.firstDay = TraceZone.dateOf(clock.instant()).minusDays(7);
    }

    public DemoCity record() {
        Instant opening = at(0, 5, 0);
        OperatorProfile pinggang = chain.operator("平岗生猪养殖场", OperatorKind.FARM, "441702", false,
                "GD-YJ-JC-0001", opening);
        OperatorProfile chunwan = chain.operator("春湾生猪养殖场", OperatorKind.FARM, "441781", false,
                "GD-YJ-YC-0007", opening);
        OperatorProfile dongping = chain.operator("东平蔬菜基地", OperatorKind.FARM, "441704", false,
                "GD-YJ-YD-0112", opening);
        OperatorProfile zhixi = chain.operator("织篢蔬菜种植户陈记", OperatorKind.FARM, "441721", false,
                "GD-YJ-YX-0230", opening);
        OperatorProfile chengcun = chain.operator("程村水稻专业合作社", OperatorKind.FARM, "441721", false,
                "GD-YJ-YX-0031", opening);
        OperatorProfile slaughterhouse = chain.operator("阳江市定点屠宰场", OperatorKind.SLAUGHTERHOUSE, "441702", true,
                "GD-YJ-TZ-0001", opening);
        OperatorProfile wholesale = chain.operator("阳江农产品批发市场", OperatorKind.WHOLESALE_MARKET, "441702", false,
                "GD-YJ-PF-0003", opening);
        OperatorProfile dongmen = chain.operator("江城东门市场", OperatorKind.RETAIL_MARKET, "441702", false,
                "GD-YJ-SC-0101", opening);
        OperatorProfile dongcheng = chain.operator("阳东东城市场", OperatorKind.RETAIL_MARKET, "441704", false,
                "GD-YJ-SC-0202", opening);
        OperatorProfile supermarket = chain.operator("华润万家阳江店", OperatorKind.SUPERMARKET, "441702", false,
                "GD-YJ-CS-0009", opening);
        OperatorProfile ricemill = chain.operator("阳西丝苗米业", OperatorKind.PROCESSOR, "441721", false,
                "GD-YJ-JG-0045", opening);
        OperatorProfile dairy = chain.operator("阳东乳品厂", OperatorKind.MANUFACTURER, "441704", false,
                "GD-YJ-SP-0018", opening);

        // Pigs from 江城区: slaughtered, split, sent to two wet markets, sold by the jin.
        Lot pigs = chain.register(pinggang, Category.LIVESTOCK, "生猪", Species.PIG, Quantity.of(20, HEAD), "441702",
                day(1), at(1, 6, 0));
        chain.exitOrigin(pigs, pinggang, new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345",
                "江城区动物卫生监督所", day(1), day(3)), slaughterhouse, at(1, 7, 0));
        chain.enter(pigs, slaughterhouse, "4417020012345", at(1, 10, 0));
        Lot carcass = chain.slaughter(pigs, slaughterhouse, "MQ-441702-2611-001", "猪白条", Quantity.of(1500, KG),
                at(1, 14, 0));
        List<Lot> halves = chain.split(carcass, slaughterhouse, "猪白条",
                List.of(Quantity.of(600, KG), Quantity.of(500, KG)), at(2, 3, 30));
        Lot porkDongmen = chain.dispatch(halves.get(0), slaughterhouse, dongmen, Quantity.of(600, KG), at(2, 4, 0));
        Lot porkDongcheng = chain.dispatch(halves.get(1), slaughterhouse, dongcheng, Quantity.of(500, KG),
                at(2, 4, 10));
        chain.enter(porkDongmen, dongmen, "MQ-441702-2611-001", at(2, 5, 30));
        chain.enter(porkDongcheng, dongcheng, "MQ-441702-2611-001", at(2, 5, 50));
        chain.inspect(porkDongmen, dongmen, "clenbuterol", "colloidal-gold", "0", "μg/kg", "0.5", Verdict.PASS,
                at(2, 6, 10));
        chain.sell(porkDongmen, dongmen, Quantity.of("2.5", KG), at(2, 8, 15));
        chain.sell(porkDongmen, dongmen, Quantity.of("1.5", KG), at(3, 9, 40));
        chain.sell(porkDongcheng, dongcheng, Quantity.of(3, KG), at(2, 9, 5));

        // Pigs from 阳春市: pork for the supermarket.
        Lot pigsChunwan = chain.register(chunwan, Category.LIVESTOCK, "生猪", Species.PIG, Quantity.of(12, HEAD),
                "441781", day(3), at(3, 6, 0));
        chain.exitOrigin(pigsChunwan, chunwan, new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417810020031",
                "阳春市动物卫生监督所", day(3), day(5)), slaughterhouse, at(3, 7, 30));
        chain.enter(pigsChunwan, slaughterhouse, "4417810020031", at(3, 11, 0));
        Lot carcassChunwan = chain.slaughter(pigsChunwan, slaughterhouse, "MQ-441702-2611-014", "猪白条",
                Quantity.of(900, KG), at(3, 15, 0));
        Lot porkSupermarket = chain.dispatch(carcassChunwan, slaughterhouse, supermarket, Quantity.of(300, KG),
                at(4, 4, 0));
        chain.enter(porkSupermarket, supermarket, "MQ-441702-2611-014", at(4, 6, 0));
        chain.sell(porkSupermarket, supermarket, Quantity.of(12, KG), at(4, 10, 0));
        chain.sell(porkSupermarket, supermarket, Quantity.of(8, KG), at(5, 10, 0));

        // Choy sum from 阳东区 through the wholesale market, gate-tested at each entry.
        Lot choySum = chain.register(dongping, Category.VEGETABLE, "菜心", null, Quantity.of(800, KG), "441704",
                day(2), at(2, 5, 0));
        chain.exitOrigin(choySum, dongping, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441704-0518",
                "东平蔬菜基地", day(2), day(4)), wholesale, at(2, 5, 30));
        chain.enter(choySum, wholesale, "CC-441704-0518", SupplyChain.gateTest("organophosphate",
                "enzyme-inhibition", "12", "%", "50", Verdict.PASS), at(2, 7, 0));
        Lot choySumDongmen = chain.dispatch(choySum, wholesale, dongmen, Quantity.of(200, KG), at(3, 4, 30));
        chain.enter(choySumDongmen, dongmen, "CC-441704-0518", SupplyChain.gateTest("organophosphate",
                "enzyme-inhibition", "9", "%", "50", Verdict.PASS), at(3, 5, 40));
        chain.sell(choySumDongmen, dongmen, Quantity.of(1, KG), at(3, 8, 0));

        Lot choySum2 = chain.register(dongping, Category.VEGETABLE, "菜心", null, Quantity.of(600, KG), "441704",
                day(4), at(4, 5, 0));
        chain.exitOrigin(choySum2, dongping, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441704-0520",
                "东平蔬菜基地", day(4), day(6)), wholesale, at(4, 5, 20));
        chain.enter(choySum2, wholesale, "CC-441704-0520", SupplyChain.gateTest("organophosphate",
                "enzyme-inhibition", "15", "%", "50", Verdict.PASS), at(4, 6, 30));
        Lot choySum2Dongcheng = chain.dispatch(choySum2, wholesale, dongcheng, Quantity.of(150, KG), at(5, 4, 0));
        // 东门 tries to admit a lot sent to 东城: recorded as a misdirection, the lot stays on its way.
        chain.enter(choySum2Dongcheng, dongmen, "CC-441704-0520", at(5, 5, 0));
        chain.enter(choySum2Dongcheng, dongcheng, "CC-441704-0520", SupplyChain.gateTest("carbamate",
                "enzyme-inhibition", "8", "%", "50", Verdict.PASS), at(5, 5, 30));

        // Lettuce presented at 东门 with a mistyped certificate number: refused.
        Lot lettuce = chain.register(dongping, Category.VEGETABLE, "生菜", null, Quantity.of(120, KG), "441704",
                day(5), at(5, 5, 0));
        chain.exitOrigin(lettuce, dongping, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441704-0522",
                "东平蔬菜基地", day(5), day(7)), dongmen, at(5, 5, 10));
        chain.enter(lettuce, dongmen, "CC-441704-0525", at(5, 6, 0));

        // Chinese cabbage from 阳西县 with a certificate that ran out on the way: refused as expired.
        Lot cabbageLate = chain.register(zhixi, Category.VEGETABLE, "大白菜", null, Quantity.of(200, KG), "441721",
                day(3), at(3, 6, 0));
        chain.exitOrigin(cabbageLate, zhixi, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441721-0311",
                "织篢蔬菜种植户陈记", day(3), day(3)), dongcheng, at(3, 6, 30));
        chain.enter(cabbageLate, dongcheng, "CC-441721-0311", at(4, 7, 0));

        // Chinese cabbage from 阳西县 that failed its rapid test at 东城: on hold until disposed of.
        Lot cabbage = chain.register(zhixi, Category.VEGETABLE, "大白菜", null, Quantity.of(300, KG), "441721",
                day(5), at(5, 5, 0));
        chain.exitOrigin(cabbage, zhixi, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441721-0315",
                "织篢蔬菜种植户陈记", day(5), day(7)), dongcheng, at(5, 5, 30));
        chain.enter(cabbage, dongcheng, "CC-441721-0315", at(6, 5, 0));
        chain.inspect(cabbage, dongcheng, "organophosphate", "enzyme-inhibition", "62", "%", "50", Verdict.FAIL,
                at(6, 6, 20));

        // Paddy from 阳西县 milled into rice for the supermarket ("from seed to chopsticks").
        Lot paddy = chain.register(chengcun, Category.GRAIN_OIL, "稻谷", null, Quantity.of(5000, KG), "441721",
                day(0), at(0, 8, 0));
        chain.exitOrigin(paddy, chengcun, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441721-0102",
                "程村水稻专业合作社", day(0), day(10)), ricemill, at(0, 9, 0));
        chain.enter(paddy, ricemill, "CC-441721-0102", at(0, 14, 0));
        Lot rice = chain.transform(paddy, Quantity.of(5000, KG), ricemill, Category.GRAIN_OIL, "阳西丝苗米",
                Quantity.of(3500, KG), at(1, 9, 0));
        chain.exitOrigin(rice, ricemill, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-441721-0177",
                "阳西丝苗米业", day(2), day(30)), supermarket, at(2, 9, 0));
        chain.enter(rice, supermarket, "CC-441721-0177", at(2, 15, 0));
        chain.sell(rice, supermarket, Quantity.of(10, KG), at(3, 11, 0));

        // Infant formula with a GTIN, lot and expiry: resolvable as a GS1 Digital Link.
        Lot formula = chain.register(dairy, Category.INFANT_FORMULA, "婴幼儿配方乳粉 1段 800g", null,
                Quantity.of(2000, UNIT), "441704", day(0), FORMULA_GTIN, FORMULA_LOT, day(0).plusDays(540),
                at(0, 10, 0));
        chain.exitOrigin(formula, dairy, new Certificate(CertificateType.FACTORY_INSPECTION, "FI-441704-2611-07",
                "阳东乳品厂质检部", day(0), day(0).plusDays(365)), supermarket, at(1, 8, 0));
        chain.enter(formula, supermarket, "FI-441704-2611-07", SupplyChain.gateTest("melamine", "HPLC", "0.05",
                "mg/kg", "1", Verdict.PASS), at(1, 13, 0));
        chain.sell(formula, supermarket, Quantity.of(2, UNIT), at(2, 18, 0));
        chain.sell(formula, supermarket, Quantity.of(1, UNIT), at(4, 19, 30));

        return new DemoCity(porkDongmen, porkSupermarket, choySumDongmen, cabbage, lettuce, rice, formula,
                pigsChunwan, dongmen, supermarket, slaughterhouse, null);
    }

    /**
     * Opens a recall of the pigs from 阳春市 as the API does: the root and every descendant the lineage read model
     * knows (the caller waits for it first). Their carcass and the supermarket's pork still hold meat, so the
     * recall stays open until those are disposed of; the pigs themselves were all slaughtered and are cleared.
     */
    public String recall(Lot pigs, List<String> affectedBatchIds) {
        return chain.openRecall(pigs, affectedBatchIds, "同批次生猪复检瘦肉精（莱克多巴胺）阳性", RecallLevel.I,
                at(6, 16, 0));
    }

    private LocalDate day(int n) {
        return firstDay.plusDays(n);
    }

    private Instant at(int day, int hour, int minute) {
        return day(day).atTime(LocalTime.of(hour, minute)).atZone(TraceZone.ZONE).toInstant();
    }
}
