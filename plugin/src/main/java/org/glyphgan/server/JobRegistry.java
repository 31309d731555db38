package org.glyphgan.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Retraining jobs by id; beyond the limit the oldest finished jobs are forgotten. */
final class JobRegistry {
    private final Map<String, RetrainJob> jobs = new LinkedHashMap<>();
    private final int maxKeptJobs;

    JobRegistry(int maxKeptJobs) {
        this.maxKeptJobs = maxKeptJobs;
    }

    synchronized RetrainJob create(String styleName) {
        RetrainJob job = new RetrainJob(LruStore.newId(), styleName);
        jobs.put(job.id(), job);
        Iterator<RetrainJob> oldestFirst = jobs.values().iterator();
        while (jobs.size() > maxKeptJobs && oldestFirst.hasNext()) {
            if (oldestFirst.next().isFinished()) {
                oldestFirst.remove();
            }
        }
        return job;
    }

    synchronized void remove(RetrainJob job) {
        jobs.remove(job.id());
    }

    synchronized Optional<RetrainJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Asks every job that has not finished to stop, for shutdown. */
    synchronized void cancelAll() {
        jobs.values().forEach(RetrainJob::cancel);
    }
}
