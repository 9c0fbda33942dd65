package org.partnershiphub.local;

import java.nio.file.Path;
import java.time.Duration;

/** {@code DevTokens <keys-dir>}: prints a ready bearer token for each role, signed with the local key pair. */
public final class DevTokens {

    private DevTokens() {
    }

    public static void main(String[] args) {
        DevKeys keys = DevKeys.inDirectory(Path.of(args[0]));
        for (String role : DevKeys.ROLES) {
            System.out.printf("%-20s %s%n", role, keys.token("dev-" + role, Duration.ofDays(7), role));
        }
    }
}
