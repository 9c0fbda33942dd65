package org.partnershiphub.local.demo;

/** Demo data of performance-service, loaded through its API after the directory's. */
public final class PerformanceDemo {

    private PerformanceDemo() {
    }

    public static void load(DemoApi api) {
        // performance-service has no demo records yet.
    }
}
