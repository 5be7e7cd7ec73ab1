package app.limber.bench.routine;

/**
 * One constant-rate step: what was sent and answered, latency from due time, the outbox lag read after it, and the CPU
 * the service process spent per created session over the step (NaN when its pid is not known).
 */
record Step(int rate, int sent, int ok, int failed, double p50, double p99, double max, double lagP50, double lagP99,
            double cpuMillisPerRequest) {

    boolean meets(double p99GoalMillis) {
        return failed == 0 && p99 < p99GoalMillis;
    }
}
