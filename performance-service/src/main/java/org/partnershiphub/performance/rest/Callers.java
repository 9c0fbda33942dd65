package org.partnershiphub.performance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import org.partnershiphub.performance.service.Actor;

/** Who is calling, as the services need to know it. */
final class Callers {

    private Callers() {
    }

    static Actor of(SecurityIdentity identity) {
        String name = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        return new Actor(name, identity.hasRole("admin"));
    }
}
