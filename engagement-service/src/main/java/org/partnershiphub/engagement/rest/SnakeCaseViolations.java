package org.partnershiphub.engagement.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation names fields as Java does (startsAt); the API speaks snake_case (starts_at), so a
 * client can match a violation to the field it sent.
 */
@ApplicationScoped
public class SnakeCaseViolations implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(problem.getParameters().get("violations") instanceof List<?> violations)
                || violations.isEmpty() || !(violations.get(0) instanceof Violation)) {
            return problem;
        }
        List<Map<String, String>> renamed = violations.stream().map(Violation.class::cast).map(v -> {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("field", snake(v.field));
            out.put("in", v.in);
            out.put("message", v.message);
            return out;
        }).toList();
        HttpProblem.Builder copy = HttpProblem.builder().withType(problem.getType()).withStatus(problem.getStatusCode())
                .withTitle(problem.getTitle()).withDetail(problem.getDetail()).withInstance(problem.getInstance());
        problem.getParameters().forEach((name, value) -> copy.with(name, "violations".equals(name) ? renamed : value));
        problem.getHeaders().forEach(copy::withHeader);
        return copy.build();
    }

    static String snake(String name) {
        return name == null ? null : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
