package app.limber.bench.progress;

import app.limber.bench.common.ProcessCpu;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU milliseconds the three processes a progress bench keeps busy used during a part of it: progress-service,
 * PostgreSQL (postmaster and backends), and the bench's own JVM (which runs the broker); and of the service's, what
 * its JIT compiler threads used, which a service that runs for days pays once and a run of minutes pays in full.
 */
record BenchCpu(long service, long serviceCompiling, long postgres, long broker) {

    /** Reads the CPU used so far by the service, PostgreSQL's process tree and this JVM. */
    record Meter(long servicePid, long postmasterPid) {

        /** A meter of the service and of the PostgreSQL {@code connection} is a session of. */
        static Meter of(long servicePid, Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
                result.next();
                long backend = result.getLong(1);
                // the postmaster is the parent of every backend
                return new Meter(servicePid, ProcessCpu.parent(backend).orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL's backend " + backend + " is not a process of this machine")));
            }
        }

        BenchCpu read() {
            return new BenchCpu(ProcessCpu.millis(servicePid).orElseThrow(),
                    ProcessCpu.threadMillis(servicePid, "C1 CompilerThre").orElseThrow()
                            + ProcessCpu.threadMillis(servicePid, "C2 CompilerThre").orElseThrow(),
                    ProcessCpu.treeMillis(postmasterPid).orElseThrow(),
                    ProcessCpu.millis(ProcessHandle.current().pid()).orElseThrow());
        }
    }

    BenchCpu minus(BenchCpu before) {
        return new BenchCpu(service - before.service, serviceCompiling - before.serviceCompiling, postgres - before.postgres, broker - before.broker);
    }

    long serviceAndPostgres() {
        return service + postgres;
    }
}
