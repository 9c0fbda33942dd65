package org.partnershiphub.performance.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/**
 * Quarkus REST wraps a body that is not JSON in a bare 400, which would reach the client as
 * "HTTP 400 Bad Request". This says instead that the JSON is broken and where parsing stopped.
 */
@ApplicationScoped
public class MalformedJsonProblem implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(context.cause instanceof WebApplicationException wrapper)
                || !(wrapper.getCause() instanceof JsonProcessingException json)) {
            return problem;
        }
        JsonLocation at = json.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return HttpProblem.builder(problem)
                .withTitle("Malformed JSON")
                .withDetail("The request body is not valid JSON" + where + " (" + json.getOriginalMessage()
                        + "); send a JSON object")
                .build();
    }
}
