package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import java.util.stream.Collectors;

/**
 * Quarkus REST wraps a body it cannot read in a bare 400, which would reach the client as
 * "HTTP 400 Bad Request". This says instead what is wrong: broken JSON and where parsing stopped,
 * a field this API does not have, or a value of the wrong type, naming the field.
 */
@ApplicationScoped
public class MalformedJsonProblem implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof WebApplicationException wrapper)
                || !(wrapper.getCause() instanceof JsonProcessingException json)) {
            return problem;
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return HttpProblem.builder(problem).withTitle("Unknown field")
                    .withDetail("The field '" + path(unknown) + "' is not part of this request; remove it"
                            + " (participation takes counts only, never names or contact details)")
                    .with("field", path(unknown)).build();
        }
        if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return HttpProblem.builder(problem).withTitle("Wrong type of value")
                    .withDetail("The value of '" + path(mismatch) + "' has the wrong type"
                            + (mismatch.getTargetType() == null ? "" : " (expected " + describe(mismatch.getTargetType()) + ")"))
                    .with("field", path(mismatch)).build();
        }
        JsonLocation at = json.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return HttpProblem.builder(problem)
                .withTitle("Malformed JSON")
                .withDetail("The request body is not valid JSON" + where + " (" + json.getOriginalMessage()
                        + "); send a JSON object")
                .build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.getSimpleName().contains("Instant")) {
            return "an ISO 8601 date-time such as 2008-02-21T09:30:00Z";
        }
        if (type.getSimpleName().contains("LocalDate")) {
            return "a date such as 2008-02-21";
        }
        if (type.getSimpleName().equals("UUID")) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "text";
    }
}
