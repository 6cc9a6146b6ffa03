package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.Refusals.refuseIf;

import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.AggregateRoot;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * Pigs, cattle, sheep and poultry, registered live (in head) and leaving the farm with an animal
 * quarantine certificate (动物检疫合格证明). Pigs, cattle and sheep go only to designated slaughterhouses
 * (定点屠宰) and are slaughtered only after a negative β-agonist (瘦肉精) test; poultry only at a
 * designated slaughter point. Slaughter turns the animals into meat batches (kg) carrying a meat
 * quarantine certificate; processed livestock products are counted in kg.
 */
@AggregateRoot(type = "LivestockBatch")
public class LivestockBatch extends Batch {

    private static final Set<Species> DESIGNATED_SLAUGHTER_ONLY = Set.of(Species.PIG, Species.CATTLE, Species.SHEEP);

    public LivestockBatch() {
    }

    @Override
    public Category category() {
        return Category.LIVESTOCK;
    }

    @Override
    protected CertificateType requiredCertificate() {
        return CertificateType.ANIMAL_QUARANTINE;
    }

    @Override
    protected Set<QuantityUnit> registrationUnits() {
        return Set.of(QuantityUnit.HEAD);
    }

    @Override
    protected Set<QuantityUnit> processedUnits() {
        return Set.of(QuantityUnit.KG);
    }

    @Override
    protected void checkSpecies(Species species) {
        refuseIf(species == null, RuleCode.SPECIES_REQUIRED, "livestock needs a species");
    }

    @Override
    protected void checkDestination(OperatorProfile destination) {
        refuseIf(liveAnimals() && DESIGNATED_SLAUGHTER_ONLY.contains(species())
                        && destination.kind() == OperatorKind.SLAUGHTERHOUSE && !destination.designatedSlaughterhouse(),
                RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE,
                species() + " go only to designated slaughterhouses; " + destination.operatorId() + " is not one");
    }

    @Override
    protected SlaughterOutcome slaughter(SlaughterBatch command) {
        Actor slaughterhouse = command.actor();
        requireHolder(slaughterhouse);
        requireStock(Set.of(BatchStatus.ADMITTED), RuleCode.NOT_ADMITTED);
        refuseIf(!liveAnimals(), RuleCode.NOT_LIVE_ANIMALS, "only live animals (counted in head) are slaughtered");
        refuseIf(slaughterhouse.kind() != OperatorKind.SLAUGHTERHOUSE, RuleCode.NOT_SLAUGHTERHOUSE,
                "a " + slaughterhouse.kind() + " does not slaughter");
        refuseIf(!slaughterhouse.designatedSlaughterhouse(), RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE,
                "slaughter only at a designated slaughterhouse");
        BetaAgonistTest test = command.betaAgonistTest();
        refuseIf(test == null && DESIGNATED_SLAUGHTER_ONLY.contains(species()), RuleCode.BETA_AGONIST_TEST_REQUIRED,
                species() + " are tested for β-agonists before slaughter");
        if (test != null && !test.passed()) {
            append(new BetaAgonistTestFailed(batchId(), test, slaughterhouse.actorId(), command.at()));
            return SlaughterOutcome.refusedWith(RuleCode.BETA_AGONIST_POSITIVE);
        }
        String certificateNumber = Text.required(command.meatQuarantineCertificate(), "meat quarantine certificate");
        Certificate meatCertificate = Certificate.meatQuarantine(certificateNumber, slaughterhouse.actorId(),
                dateOf(command.at()));
        List<DerivedPart> outputs = ChildIds.requireNewChildren(command.outputs(), batchId()).stream()
                .map(output -> new DerivedPart(output.batchId(), output.traceCode(),
                        Text.required(output.product(), "product"), requireMeat(output.quantity())))
                .toList();
        List<BatchDerived> births = outputs.stream()
                .map(output -> child(output, Derivation.SLAUGHTER, null, BatchStatus.ADMITTED, meatCertificate,
                        command.at()))
                .toList();
        append(new BatchSlaughtered(batchId(), test, certificateNumber, outputs, slaughterhouse.actorId(),
                command.at()));
        births.forEach(this::spawn);
        return SlaughterOutcome.completed(outputs);
    }

    private boolean liveAnimals() {
        return unit() == QuantityUnit.HEAD;
    }

    private static Quantity requireMeat(Quantity quantity) {
        refuseIf(quantity == null || !quantity.isPositive(), RuleCode.INVALID_QUANTITY, "a quantity must be positive");
        refuseIf(quantity.unit() != QuantityUnit.KG, RuleCode.INVALID_UNIT, "slaughter outputs are weighed in kg");
        return quantity;
    }
}
