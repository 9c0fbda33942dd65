package org.partnershiphub.local.demo;

/** Demo data of notification-service, loaded through its API after the directory's. */
public final class NotificationDemo {

    private NotificationDemo() {
    }

    public static void load(DemoApi api) {
        // notification-service has no demo records yet.
    }
}
