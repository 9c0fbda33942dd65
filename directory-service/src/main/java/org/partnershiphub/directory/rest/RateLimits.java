package org.partnershiphub.directory.rest;

import io.quarkiverse.bucket4j.runtime.RateLimitException;
import io.quarkiverse.bucket4j.runtime.RateLimited;
import io.quarkiverse.bucket4j.runtime.resolver.IdentityResolver;
import io.quarkiverse.bucket4j.runtime.resolver.IpResolver;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.partnershiphub.directory.config.HubConfig;
import org.partnershiphub.directory.service.DomainException;

import java.util.Set;

/**
 * Every API call spends from a Bucket4j bucket (quarkus-bucket4j): anonymous callers share a small
 * allowance per client address; a known API key in {@code X-API-Key} gets a larger one of its own.
 */
public class RateLimits {

    public static final String API_KEY_HEADER = "X-API-Key";

    /** The two allowances; which one a call spends from is decided per request. */
    @ApplicationScoped
    public static class Buckets {

        @RateLimited(bucket = "anonymous", identityResolver = IpResolver.class)
        public void anonymous() {
            // spending happens in the interceptor
        }

        @RateLimited(bucket = "keyed", identityResolver = ApiKeyResolver.class)
        public void keyed() {
            // spending happens in the interceptor
        }
    }

    /** Each API key has its own bucket. */
    @RequestScoped
    public static class ApiKeyResolver implements IdentityResolver {

        @Inject
        RoutingContext context;

        @Override
        public String getIdentityKey() {
            return "key:" + context.request().getHeader(API_KEY_HEADER);
        }
    }

    private final Buckets buckets;
    private final Set<String> apiKeys;

    RateLimits(Buckets buckets, HubConfig config) {
        this.buckets = buckets;
        this.apiKeys = config.apiKeys().orElse(Set.of());
    }

    @ServerRequestFilter
    public void spend(ContainerRequestContext request) {
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            buckets.anonymous();
        } else if (apiKeys.contains(key.strip())) {
            buckets.keyed();
        } else {
            throw DomainException.badRequest("Unknown API key",
                    "The " + API_KEY_HEADER + " header holds a key this service does not know; send a valid key or none",
                    API_KEY_HEADER);
        }
    }

    @ServerExceptionMapper
    public Response tooMany(RateLimitException e) {
        long seconds = Math.max(1, (e.getWaitTimeInMilliSeconds() + 999) / 1000);
        Response problem = HttpProblem.builder().withStatus(429).withTitle("Too many requests")
                .withDetail("Over the rate limit; wait " + seconds + " s, or send an API key in " + API_KEY_HEADER
                        + " for a higher limit")
                .build().toResponse();
        return Response.fromResponse(problem).header("Retry-After", seconds).build();
    }
}
