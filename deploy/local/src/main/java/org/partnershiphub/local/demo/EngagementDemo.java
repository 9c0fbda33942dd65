package org.partnershiphub.local.demo;

/** Demo data of engagement-service, loaded through its API after the directory's. */
public final class EngagementDemo {

    private EngagementDemo() {
    }

    public static void load(DemoApi api) {
        // engagement-service has no demo records yet.
    }
}
