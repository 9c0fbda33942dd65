package org.partnershiphub.performance.service;

/** Who asks for a change, and whether they hold the admin role (needed to change a locked period). */
public record Actor(String name, boolean admin) {
}
