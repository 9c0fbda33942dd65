package org.partnershiphub.engagement.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnershiphub.engagement.service.DomainException;

/** The one place where broken engagement rules become problem+json. */
public class DomainExceptionMapper {

    @ServerExceptionMapper
    public Response toProblem(DomainException e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(status).withTitle(e.title())
                .withDetail(e.getMessage());
        if (e.field() != null) {
            problem.with("field", e.field());
        }
        e.extras().forEach(problem::with);
        return problem.build().toResponse();
    }
}
