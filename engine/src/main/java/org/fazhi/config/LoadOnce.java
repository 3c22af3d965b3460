package org.fazhi.config;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Something built in that a process loads once (the rule catalogue, the official calendar, the
 * rule base): by the first thread that asks for it, which may be a thread that loads it ahead
 * while the command line is still being read. Whoever asks while it loads waits for it, and a
 * load that failed fails for every caller with the very exception the load threw, as if the
 * caller had loaded it itself: a failure on a thread that loaded ahead is never lost or printed.
 */
public final class LoadOnce<T> {
    private final FutureTask<T> task;

    public LoadOnce(Supplier<T> load) {
        this.task = new FutureTask<>(load::get);
    }

    public T get() {
        // loads it here, unless another thread has loaded it or is loading it
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // the load is not interrupted with the caller; the interruption is kept for later
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        // a Supplier throws nothing checked
        return new IllegalStateException(failure);
    }
}
