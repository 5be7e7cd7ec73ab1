package app.limber.testing.infra;

/**
 * A PostgreSQL server on which tests may create databases.
 *
 * @param maintenanceUrl JDBC URL of a database to connect to for {@code CREATE DATABASE}
 * @param user           a user allowed to create databases
 * @param password       that user's password
 * @param ownsServer     whether the server lives only for this JVM (then created databases die with it)
 * @param closer         stops the server, or does nothing for an external one
 */
record DatabaseServer(String maintenanceUrl, String user, String password, boolean ownsServer, AutoCloseable closer) {
}
