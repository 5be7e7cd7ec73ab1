package app.limber.bench.progress;

import app.limber.bench.common.ProcessCpu;

/**
 * CPU milliseconds the three processes a sweep keeps busy used during it: progress-service (the sweep and, for the
 * sweeps before it, the outbox relay), PostgreSQL (postmaster and backends), and the bench's own JVM (the broker).
 */
record SweepCpu(long service, long postgres, long broker) {

    /** Reads the CPU used so far by the service, PostgreSQL's process tree and this JVM. */
    record Meter(long servicePid, long postmasterPid) {

        SweepCpu read() {
            return new SweepCpu(ProcessCpu.millis(servicePid).orElseThrow(),
                    ProcessCpu.treeMillis(postmasterPid).orElseThrow(),
                    ProcessCpu.millis(ProcessHandle.current().pid()).orElseThrow());
        }
    }

    SweepCpu minus(SweepCpu before) {
        return new SweepCpu(service - before.service, postgres - before.postgres, broker - before.broker);
    }

    long serviceAndPostgres() {
        return service + postgres;
    }
}
