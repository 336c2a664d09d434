package com.aftersales.tasks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Engine REST with one addition: a completion refused by {@link TaskCompletionCheck} is the
 * caller's mistake, so it answers 400 with the problems, in engine REST's own error format,
 * instead of the 500 it gives for a failing task listener. Everything else is answered as usual.
 * The message is the {@link TaskCompletionRefused#notice() notice} a person reads (Tasklist shows it as it is);
 * the problems list keeps the checks' {@code field: English} for programs. Tasklist submits its forms through the
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

        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.camunda.bpm.engine.impl.form.FormException
                        || cause.getClass().getSimpleName().equals("PropertyNotFoundException")) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "InvalidRequest");
                    body.put("message", cause.getMessage());
                    body.put("code", 0);
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body).build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    @Priority(Priorities.USER - 100)
    public static class RefusedCompletionMapper implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof TaskCompletionRefused refused) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "TaskCompletionRefused");
                    body.put("message", refused.notice());
                    body.put("code", 0);
                    body.put("problems", refused.problems());
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body).build();
                }
                // a model's own check of its input (a start or message without the variables it needs), or an
                // expression naming a variable the call did not give: the caller's mistake, not a 500
                if (cause instanceof org.camunda.bpm.engine.impl.form.FormException
                        || cause.getClass().getSimpleName().equals("PropertyNotFoundException")) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "InvalidRequest");
                    body.put("message", cause.getMessage());
                    body.put("code", 0);
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body).build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
