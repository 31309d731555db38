package org.glyphgan.facade;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.glyphgan.raster.GrayBitmap;

/**
 * A scorer that is loaded on a background thread, so loading the classifier (about a second)
 * overlaps with loading the model and drawing the first bitmaps. The first call waits for it; a
 * failed load raises from every call.
 */
final class DeferredScorer implements CharacterScorer {
    private final CompletableFuture<CharacterScorer> loading;

    DeferredScorer(Supplier<CharacterScorer> loader) {
        this.loading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                loading.complete(loader.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "glyphgan-classifier-loader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public double[] confidences(List<GrayBitmap> glyphs, List<Integer> codePoints) {
        return scorer().confidences(glyphs, codePoints);
    }

    private CharacterScorer scorer() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
