package app.limber.bench.system;

import app.limber.bench.common.Timeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples {@code /q/health/ready} of the instances that are meant to be up (from when they first answered
 * ready until the bench asks them to stop) and counts every sample that was not UP.
 */
final class ReadinessWatch implements Runnable {

    private final Timeline timeline;
    private final Map<String, ServiceInstance> watched = new ConcurrentHashMap<>();
    final AtomicLong samples = new AtomicLong();
    final AtomicLong notReady = new AtomicLong();
    final Map<String, AtomicLong> notReadyByInstance = new ConcurrentHashMap<>();

    ReadinessWatch(Timeline timeline) {
        this.timeline = timeline;
    }

    void watch(ServiceInstance instance) {
        watched.put(instance.name(), instance);
        notReadyByInstance.putIfAbsent(instance.name(), new AtomicLong());
    }

    void unwatch(ServiceInstance instance) {
        watched.remove(instance.name());
    }

    @Override
    public void run() {
        for (ServiceInstance instance : watched.values()) {
            double t = timeline.seconds();
            boolean ready = instance.isReady();
            if (!watched.containsKey(instance.name())) {
                continue; // asked to stop while the probe was on its way
            }
            samples.incrementAndGet();
            if (!ready) {
                notReady.incrementAndGet();
                notReadyByInstance.get(instance.name()).incrementAndGet();
            }
            timeline.sample(t, "readiness (1 = UP)", instance.name(), ready ? 1 : 0);
        }
    }
}
