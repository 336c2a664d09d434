package com.aftersales.process;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Delivers an event an integrator reports as the message a model waits for, correlated by the case's business
 * key. An event nobody waits for is refused and changes nothing; one that met a concurrent change of the case is
 * refused too, to be sent again.
 */
@Component
public class EventDelivery {

    private final RuntimeService runtime;

    public EventDelivery(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** What became of an event; {@code detail} says why where it was refused. */
    public record Result(Status status, String detail) {

        public static Result delivered() {
            return new Result(Status.DELIVERED, null);
        }

        public static Result refused(Status status, String detail) {
            return new Result(status, detail);
        }
    }

    public enum Status {
        DELIVERED,
        /** No case (or review case) with that id. */
        UNKNOWN,
        /** The case is not waiting for this event now (closed, already in dispute, …). */
        NOT_WAITING,
        /** An amount the case cannot pay (more than is left to refund). */
        TOO_MUCH,
        /** The case changed while the event was delivered: send it again. */
        CONCURRENT
    }

    public Result correlate(String businessKey, String message, Map<String, Object> variables, String notWaiting) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).setVariables(variables)
                    .correlateWithResult();
            return Result.delivered();
        } catch (MismatchingMessageCorrelationException e) {
            return Result.refused(Status.NOT_WAITING, notWaiting);
        } catch (OptimisticLockingException e) {
            return Result.refused(Status.CONCURRENT, businessKey + " changed while the event was delivered; send it again.");
        }
    }
}
