package org.fazhi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadOnceTest {
    @Test
    void manyThreadsAskingLoadItOnce() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        LoadOnce<String> once = new LoadOnce<>(() -> "loaded " + loads.incrementAndGet());
        List<Thread> threads = new ArrayList<>();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(new Thread(() -> seen.add(once.get())));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(8).containsOnly("loaded 1");
        assertThat(once.get()).isEqualTo("loaded 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aLoadThatFailedAheadFailsForTheCallerWithTheSameException() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("the built-in rules cannot be loaded");
        AtomicInteger loads = new AtomicInteger();
        LoadOnce<String> once = new LoadOnce<>(() -> {
            loads.incrementAndGet();
            throw failure;
        });
        Thread ahead = new Thread(() -> {
            try {
                once.get();
            } catch (IllegalStateException expected) {
                // what a thread loading ahead does: the failure stays for the caller
            }
        });
        ahead.start();
        ahead.join();

        assertThatThrownBy(once::get).isSameAs(failure);
        assertThatThrownBy(once::get).isSameAs(failure);
        assertThat(loads).hasValue(1);
    }

    @Test
    void anErrorIsThrownAsItself() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        LoadOnce<String> once = new LoadOnce<>(() -> {
            throw error;
        });

        assertThatThrownBy(once::get).isSameAs(error);
    }

    @Test
    void aCallerWaitingForTheLoadGetsItAndKeepsItsInterruption() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LoadOnce<String> once = new LoadOnce<>(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "loaded";
        });
        Thread ahead = new Thread(once::get);
        ahead.start();
        started.await();
        List<Object> seen = new ArrayList<>();
        Thread caller = new Thread(() -> {
            seen.add(once.get());
            seen.add(Thread.currentThread().isInterrupted());
        });
        caller.start();
        caller.interrupt();
        release.countDown();
        caller.join();
        ahead.join();

        assertThat(seen).containsExactly("loaded", true);
    }
}
