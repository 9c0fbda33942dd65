package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;

/** The East Sussex partnership structure, loaded through directory-service's API. */
public final class DirectoryDemo {

    private DirectoryDemo() {
    }

    public static void load(DemoApi api) {
        JsonNode partnerships = DemoApi.resource("/demo/directory/partnerships.json");
        int created = 0;
        for (JsonNode partnership : partnerships) {
            if (api.create("directory", "/partnerships", "directory-editor", partnership)) {
                created++;
            }
        }
        System.out.printf("Directory: %d partnerships created, %d already there%n", created,
                partnerships.size() - created);
    }
}
