package com.aftersales.tasks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Engine REST with one addition: a completion refused by {@link TaskCompletionCheck}, or a start or message without
 * the variables the model needs, is the caller's mistake, so it answers 400 with the problems
 * ({@link EngineRestProblem}: the application's problem shape, engine REST's {@code message} kept) instead of the 500
 * it gives for a failing task listener. Everything else is answered as usual.
 * The message is the {@link TaskCompletionRefused#notice() notice} a person reads (Tasklist shows it as it is);
 * {@code errors} names each variable for programs. Tasklist submits its forms through the
 * web apps' own engine API, a JAX-RS application of its own: {@link RefusedCompletions} adds the mapper there.
 */
@Component
class EngineRestErrors extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RefusedCompletionMapper.class);
        register(ModelInputMapper.class);
    }

    /** Engine exceptions thrown past engine REST's own wrapping (a message correlation): the same 400 for bad input. */
    @Priority(Priorities.USER - 100)
    public static class ModelInputMapper implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {

        @Context
        private UriInfo request;

        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ModelInputRefused refused) {
                    return EngineRestProblem.refusedInput(refused, variablesMember(request));
                }
                if (EngineRestProblem.isModelInput(cause)) {
                    return EngineRestProblem.modelInput(cause, variablesMember(request));
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    @Priority(Priorities.USER - 100)
    public static class RefusedCompletionMapper implements ExceptionMapper<RestException> {

        @Context
        private UriInfo request;

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof TaskCompletionRefused refused) {
                    return EngineRestProblem.refusedCompletion(refused);
                }
                if (cause instanceof ModelInputRefused refused) {
                    return EngineRestProblem.refusedInput(refused, variablesMember(request));
                }
                // a model's own check of its input (a start or message without the variables it needs), or an
                // expression naming a variable the call did not give: the caller's mistake, not a 500
                if (EngineRestProblem.isModelInput(cause)) {
                    return EngineRestProblem.modelInput(cause, variablesMember(request));
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /** Where a request's variables are in its body: a message carries them as {@code processVariables}. */
    static String variablesMember(UriInfo request) {
        return request != null && request.getPath().matches("(.*/)?message/?") ? "processVariables" : "variables";
    }
}
