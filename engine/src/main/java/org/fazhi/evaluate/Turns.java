package org.fazhi.evaluate;

/**
 * Lets numbered batches, worked on by several threads, each run one step in their numbered order
 * (0, 1, 2, …): what must see records in reading order (repeated identifiers, counts) runs in
 * turn while the rest of each batch's work runs in parallel.
 */
final class Turns {
    private long current;

    /** Runs {@code step} once every lower-numbered batch has run its own; then lets the next one go. */
    void inTurn(long number, Runnable step) {
        awaitTurn(number);
        try {
            step.run();
        } finally {
            pass();
        }
    }

    private synchronized void awaitTurn(long number) {
        boolean interrupted = false;
        while (current != number) {
            try {
                wait();
            } catch (InterruptedException e) {
                // the turn must still be taken, or every later batch would wait for ever
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void pass() {
        current++;
        notifyAll();
    }
}
