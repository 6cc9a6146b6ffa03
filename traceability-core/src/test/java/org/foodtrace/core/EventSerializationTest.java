package org.foodtrace.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.TestResult;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.*;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Events are forever: each one survives Axon's Jackson 3 serializer unchanged, under a revision. */
class EventSerializationTest {

    private static final String BATCH = "3f0c7a52-58a4-4b1e-9a3b-2a8e6f1d9c01";
    private static final String CHILD = "3f0c7a52-58a4-4b1e-9a3b-2a8e6f1d9c02";
    private static final String OPERATOR = "7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a11";
    private static final String OTHER_OPERATOR = "7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a12";
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00.123456Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-21");
    private static final Quantity KG = Quantity.of("120.5", QuantityUnit.KG);
    private static final Quantity HEAD = Quantity.of(20, QuantityUnit.HEAD);
    private static final Certificate CERTIFICATE = new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345",
            "Yangdong Animal Health Station", DAY, DAY.plusDays(3));
    private static final BetaAgonistTest POSITIVE =
            new BetaAgonistTest(TestResult.POSITIVE, TestResult.NEGATIVE, TestResult.NEGATIVE);
    private static final DerivedPart PART = new DerivedPart(CHILD, "7K3M9QXR2HDVP0ZA", "Pork carcass halves", KG);
    private static final String API_PACKAGES = "org.foodtrace.core";

    private final Serializer serializer = Jackson3Serializer.builder().build();

    static Stream<Object> events() {
        return Stream.of(
                new OperatorRegistered(OPERATOR, "Pinggang Pig Farm", OperatorKind.FARM, "GD-YJ-0001", "441702", false, AT),
                new OperatorSuspended(OPERATOR, "β-agonist found", AT),
                new OperatorReinstated(OPERATOR, AT),
                new RecallOpened("recall-1", BATCH, List.of(BATCH, CHILD), "melamine", RecallLevel.I, AT),
                new BatchRegistered(BATCH, "7K3M9QXR2HDVP0ZC", Category.INFANT_FORMULA, "Stage 1 formula", null,
                        Quantity.of(500, QuantityUnit.UNIT), "441702", DAY, "06901234567892", "L2026-11",
                        DAY.plusYears(1), OPERATOR, AT),
                new BatchDerived(CHILD, "7K3M9QXR2HDVP0ZA", Category.LIVESTOCK, "Pork carcass halves", Species.PIG, KG,
                        Derivation.SLAUGHTER, List.of(new ParentLink(BATCH, HEAD)), OPERATOR, null, BatchStatus.ADMITTED,
                        Certificate.meatQuarantine("MQ-1", OPERATOR, DAY), "441702", OTHER_OPERATOR, null, "P-1", null,
                        AT),
                new BatchOriginExited(BATCH, CERTIFICATE, OTHER_OPERATOR, HEAD, OPERATOR, AT),
                new BatchDispatched(BATCH, CHILD, "7K3M9QXR2HDVP0ZA", OTHER_OPERATOR, KG, OPERATOR, AT),
                new BatchAdmitted(BATCH, OPERATOR, "4417020012345", AT),
                new BatchRejected(BATCH, OPERATOR, RuleCode.CERTIFICATE_MISMATCH, "<script>alert(1)</script>", AT),
                new MisdirectedEntryAttempted(BATCH, OTHER_OPERATOR, OPERATOR, AT),
                new BatchInspected(BATCH, "I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("62.0"), "%",
                        new BigDecimal("50"), Verdict.FAIL, "S-1", "regulator", AT),
                new BetaAgonistTestFailed(BATCH, POSITIVE, OPERATOR, AT),
                new BatchSlaughtered(BATCH, BetaAgonistTest.allNegative(), "MQ-1", List.of(PART), OPERATOR, AT),
                new BatchSplit(BATCH, List.of(PART), OPERATOR, AT),
                new BatchTransformed(BATCH, "milling-1", KG, List.of(CHILD), OPERATOR, AT),
                new BatchSold(BATCH, "sale-1", KG, "stall 12 ' OR 1=1 --", OPERATOR, AT),
                new ExpiredSaleAttempted(BATCH, KG, LocalDate.parse("2026-11-22"), OPERATOR, AT),
                new BatchDisposed(BATCH, KG, "incineration", "district inspector", OPERATOR, AT),
                new BatchRecalled(BATCH, "recall-1", "pesticide residue", RecallLevel.II, OPERATOR, KG,
                        Quantity.zero(QuantityUnit.KG), AT, List.of(CHILD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void survivesAJsonRoundTripUnchanged(Object event) {
        SerializedObject<byte[]> json = serializer.serialize(event, byte[].class);
        Object back = serializer.deserialize(json);

        assertThat(back).isEqualTo(event);
        assertThat(json.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void everyEventClassHasARevisionAndASampleAbove() {
        Set<String> events = eventClassNames();

        assertThat(events).hasSize(20);
        assertThat(events).allSatisfy(name -> assertThat(classNamed(name).isAnnotationPresent(Revision.class))
                .as(name + " has @Revision").isTrue());
        assertThat(events().map(event -> event.getClass().getName()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(events);
    }

    /** Records in the api packages that are neither commands nor parts of commands and events. */
    private static Set<String> eventClassNames() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(API_PACKAGES);
        Set<String> commands = classes.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(unit -> unit.isAnnotatedWith(CommandHandler.class))
                .map(unit -> unit.getRawParameterTypes().get(0).getName())
                .collect(Collectors.toSet());
        Set<String> parts = Set.of(ParentLink.class.getName(), DerivedPart.class.getName(),
                TransformationOutput.class.getName());
        return classes.stream()
                .filter(type -> type.getPackageName().endsWith(".api"))
                .filter(JavaClass::isRecord)
                .map(JavaClass::getName)
                .filter(name -> !commands.contains(name) && !parts.contains(name))
                .collect(Collectors.toSet());
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
