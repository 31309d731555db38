package org.glyphgan.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphgan.facade.Cancellation;
import org.glyphgan.facade.SavedStyle;

/** One retraining job's state; readers wait for changes through {@link #awaitChange}. */
final class RetrainJob {
    enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String id;
    private final String styleName;
    private final Cancellation cancellation = new Cancellation();
    private State state = State.QUEUED;
    private String stage = "queued";
    private double fraction;
    private String error;
    private SavedStyle result;
    private long version;

    RetrainJob(String id, String styleName) {
        this.id = id;
        this.styleName = styleName;
    }

    String id() {
        return id;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    synchronized void progress(String newStage, double newFraction) {
        if (isFinished()) {
            return;
        }
        state = State.RUNNING;
        stage = newStage;
        fraction = Math.max(0, Math.min(1, newFraction));
        changed();
    }

    synchronized void succeed(SavedStyle saved) {
        finish(State.SUCCEEDED, "done", null);
        fraction = 1;
        result = saved;
    }

    synchronized void fail(String message) {
        finish(State.FAILED, stage, message);
    }

    /** Asks the running job to stop; a queued job is cancelled at once. */
    synchronized void cancel() {
        cancellation.cancel();
        if (state == State.QUEUED) {
            finish(State.CANCELLED, "cancelled", null);
        }
    }

    synchronized void markCancelled() {
        finish(State.CANCELLED, "cancelled", null);
    }

    synchronized boolean isFinished() {
        return state == State.SUCCEEDED || state == State.FAILED || state == State.CANCELLED;
    }

    /** Tells whether a {@link #snapshot} shows a finished job. */
    static boolean isFinished(Map<String, Object> snapshot) {
        Object state = snapshot.get("state");
        return "succeeded".equals(state) || "failed".equals(state) || "cancelled".equals(state);
    }

    /** Waits until the version passes {@code seenVersion}, the job finishes, or {@code timeoutMs} elapses. */
    synchronized void awaitChange(long seenVersion, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (version == seenVersion && !isFinished()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    synchronized Map<String, Object> snapshot() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("kind", "retrain");
        json.put("name", styleName);
        json.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        json.put("stage", stage);
        json.put("fraction", fraction);
        json.put("error", error);
        if (result != null) {
            json.put("result", Map.of("name", result.name(), "sampleCount", result.sampleCount(),
                    "sampleCodePoints", result.sampleCodePoints(), "fineTuneSteps", result.fineTuneSteps()));
        }
        json.put("version", version);
        return json;
    }

    private void finish(State finalState, String finalStage, String message) {
        if (isFinished()) {
            return;
        }
        state = finalState;
        stage = finalStage;
        error = message;
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }
}
