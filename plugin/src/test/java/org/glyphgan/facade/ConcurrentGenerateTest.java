package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentGenerateTest {
    @TempDir
    Path stylesDir;

    @Test
    void concurrentRequestsMatchSequentialOnes() throws Exception {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), stylesDir);
        List<GenerateRequest> requests = List.of(
                request("sans", "Hamburg", 1, 1),
                request("serif", "efonstiv", 2, 2),
                request("random:9", "Hxpdl", 1, 3),
                request("mix:sans,mono,0.3", "Hxpdl", 1, 3));
        List<GlyphSet> sequential = new ArrayList<>();
        for (GenerateRequest request : requests) {
            sequential.add(glyphGan.generate(request, ProgressListener.NONE, Cancellation.none()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<GlyphSet>> futures = new ArrayList<>();
            for (GenerateRequest request : requests) {
                futures.add(pool.submit(() -> glyphGan.generate(request, ProgressListener.NONE, Cancellation.none())));
            }
            for (int i = 0; i < requests.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "request " + requests.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static GenerateRequest request(String style, String characters, int candidates, long seed) {
        return new GenerateRequest(StyleSource.parse(style), characters.codePoints().boxed().toList(), candidates, seed);
    }
}
