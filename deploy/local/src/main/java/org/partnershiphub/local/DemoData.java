package org.partnershiphub.local;

import org.partnershiphub.local.demo.DemoApi;
import org.partnershiphub.local.demo.DirectoryDemo;
import org.partnershiphub.local.demo.EngagementDemo;
import org.partnershiphub.local.demo.NotificationDemo;
import org.partnershiphub.local.demo.PerformanceDemo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code DemoData <keys-dir> <directory-url> <performance-url> <engagement-url> <notification-url>}: loads
 * the East Sussex demo data through the services' own APIs, directory first because the others refer to
 * its partnerships. Running it again adds nothing: records that exist already (409) are left alone.
 */
public final class DemoData {

    private DemoData() {
    }

    public static void main(String[] args) {
        DevKeys keys = DevKeys.inDirectory(Path.of(args[0]));
        Map<String, String> tokens = new ConcurrentHashMap<>();
        DemoApi api = new DemoApi(Map.of(
                "directory", URI.create(args[1]),
                "performance", URI.create(args[2]),
                "engagement", URI.create(args[3]),
                "notification", URI.create(args[4])),
                role -> tokens.computeIfAbsent(role, r -> keys.token("demo-loader", Duration.ofHours(1), r)));
        DirectoryDemo.load(api);
        PerformanceDemo.load(api);
        EngagementDemo.load(api);
        NotificationDemo.load(api);
    }
}
