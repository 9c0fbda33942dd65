package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code format=ndjson}: a whole collection, one JSON object a line, read in key order (id, or code for areas)
 * in chunks so that neither the service nor the client holds it all at once.
 */
final class Ndjson {

    static final String MEDIA_TYPE = "application/x-ndjson";
    private static final int CHUNK = 500;

    private Ndjson() {
    }

    static <T, K> Response stream(ObjectMapper json, BiFunction<K, Integer, List<T>> next, Function<T, K> key) {
        StreamingOutput body = (OutputStream out) -> {
            K after = null;
            List<T> chunk;
            do {
                chunk = next.apply(after, CHUNK);
                for (T item : chunk) {
                    out.write(json.writeValueAsBytes(item));
                    out.write('\n');
                }
                if (!chunk.isEmpty()) {
                    after = key.apply(chunk.get(chunk.size() - 1));
                }
                out.flush();
            } while (chunk.size() == CHUNK);
        };
        return Response.ok(body, MEDIA_TYPE).build();
    }
}
