package vn.his.web.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs N clients (one platform thread each: Java 17 has no virtual threads) that repeat their iteration without
 * pause, first for the warm-up (not recorded), then for the measured duration; then waits for the iterations in flight.
 */
final class LoadDriver {

    /** One client's iteration (e.g. record one encounter); it records its own calls. */
    interface Iteration {
        void run();
    }

    private LoadDriver() {
    }

    static void run(List<Iteration> clients, Duration warmup, Duration duration, Latencies latencies, CpuUse cpu)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size(), r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        for (Iteration client : clients) {
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    client.run();
                }
                return null;
            }));
        }
        try {
            Thread.sleep(warmup.toMillis());
            cpu.start();
            latencies.startMeasuring(System.nanoTime());
            Thread.sleep(duration.toMillis());
            latencies.stopMeasuring(System.nanoTime());
            cpu.stop();
            running.set(false);
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a client did not end within 2 minutes of the end of the run", e);
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }
}
