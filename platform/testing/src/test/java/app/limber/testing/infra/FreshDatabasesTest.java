package app.limber.testing.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreshDatabasesTest {

    @Test
    void theDatabaseReplacesTheMaintenanceDatabaseAndKeepsTheParameters() {
        DatabaseServer server = new DatabaseServer("jdbc:postgresql://db:5432/postgres?sslmode=disable", "u", "p", false, () -> {
        });

        assertEquals("jdbc:postgresql://db:5432/catalog_1?sslmode=disable", FreshDatabases.urlOf(server, "catalog_1"));
    }

    @Test
    void namesAreUniqueAndNeedNoQuoting() {
        String first = FreshDatabases.uniqueName("Progress-Service");
        String second = FreshDatabases.uniqueName("Progress-Service");

        assertNotEquals(first, second);
        assertTrue(first.matches("progress_service_[0-9a-f]{10}"), first);
        assertTrue(FreshDatabases.uniqueName("1x").matches("db_1x_[0-9a-f]{10}"));
    }
}
