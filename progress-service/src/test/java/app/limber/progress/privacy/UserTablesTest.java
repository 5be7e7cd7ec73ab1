package app.limber.progress.privacy;

import app.limber.progress.persistence.UserTables;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exports read and erasures delete through {@link UserTables}: a migration that adds a column naming a person
 * (user_id, athlete_id, coach_id, or who assigned or paused something) must list it there, or this fails.
 */
@QuarkusTest
class UserTablesTest {

    /** The outbox keeps only what is still to be published and what was published in the last day. */
    private static final Set<String> NOT_PERSONAL_STORES = Set.of("outbox_event", "processed_event", "flyway_schema_history");

    @Test
    void everyColumnNamingAPersonIsListed() {
        List<List<String>> columns = Database.rows("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and table_name not like '%\\_rebuild'
                  and (column_name in ('user_id', 'athlete_id', 'coach_id', 'assigned_by', 'paused_by', 'used_by',
                                       'owner_id')
                       or column_name like '%user%' or column_name like '%athlete%' or column_name like '%coach%')""");
        Set<String> found = new TreeSet<>();
        columns.stream().filter(c -> !NOT_PERSONAL_STORES.contains(c.get(0)))
                .forEach(c -> found.add(c.get(0) + "." + c.get(1)));
        Set<String> listed = new TreeSet<>();
        UserTables.ALL.forEach(t -> t.allColumns().forEach(c -> listed.add(t.name() + "." + c)));
        assertEquals(listed, found);
    }
}
