package org.foodtrace.core.operator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.operator.api.ReinstateOperator;
import org.foodtrace.core.operator.api.SuspendOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorId;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RegionCode;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * A market operator's registry file (一户一档): name, trade, licence, region and whether it is a
 * designated slaughterhouse (only a SLAUGHTERHOUSE can be). The regulator can put it on the black list
 * (suspend, with a reason) and take it off again; suspending a suspended operator or reinstating an
 * active one is refused.
 */
public class Operator {

    @AggregateIdentifier
    private String operatorId;
    private OperatorKind kind;
    private boolean designatedSlaughterhouse;
    private OperatorStatus status;

    protected Operator() {
    }

    @CommandHandler
    public Operator(RegisterOperator command) {
        OperatorId.of(command.operatorId());
        if (command.kind() == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "an operator needs a kind");
        }
        if (command.designatedSlaughterhouse() && command.kind() != OperatorKind.SLAUGHTERHOUSE) {
            throw new DomainRuleViolation(RuleCode.NOT_SLAUGHTERHOUSE,
                    "only a slaughterhouse can be designated for slaughter, not a " + command.kind());
        }
        apply(new OperatorRegistered(command.operatorId(), Text.required(command.name(), "name"), command.kind(),
                Text.required(command.licenseNumber(), "licence number"), RegionCode.of(command.region()).value(),
                command.designatedSlaughterhouse(), requireTime(command.at())));
    }

    @CommandHandler
    public void handle(SuspendOperator command) {
        if (status == OperatorStatus.SUSPENDED) {
            throw new DomainRuleViolation(RuleCode.OPERATOR_ALREADY_SUSPENDED, "the operator is already suspended");
        }
        apply(new OperatorSuspended(operatorId, Text.required(command.reason(), "reason"),
                requireTime(command.at())));
    }

    @CommandHandler
    public void handle(ReinstateOperator command) {
        if (status != OperatorStatus.SUSPENDED) {
            throw new DomainRuleViolation(RuleCode.OPERATOR_NOT_SUSPENDED, "the operator is not suspended");
        }
        apply(new OperatorReinstated(operatorId, requireTime(command.at())));
    }

    /** How batches see this operator as a destination. */
    public OperatorProfile profile() {
        return new OperatorProfile(operatorId, kind, designatedSlaughterhouse);
    }

    /** This operator acting on a batch, suspended or not. */
    public Actor actor() {
        return Actor.operator(profile(), status == OperatorStatus.SUSPENDED);
    }

    public OperatorStatus status() {
        return status;
    }

    private static Instant requireTime(Instant at) {
        if (at == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "the time of the act is required");
        }
        return at;
    }

    @EventSourcingHandler
    void on(OperatorRegistered event) {
        operatorId = event.operatorId();
        kind = event.kind();
        designatedSlaughterhouse = event.designatedSlaughterhouse();
        status = OperatorStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(OperatorSuspended event) {
        status = OperatorStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(OperatorReinstated event) {
        status = OperatorStatus.ACTIVE;
    }
}
