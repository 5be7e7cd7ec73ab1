package app.limber.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LimberTestResourceTest {

    @Test
    void everyStartGivesTheApplicationItsOwnEmptyDatabase() throws SQLException {
        LimberTestResource resource = new LimberTestResource();
        resource.init(Map.of(LimberTestResource.SERVICE, "catalog"));

        String firstUrl = resource.start().get("quarkus.datasource.jdbc.url");
        execute(firstUrl, "CREATE TABLE left_behind (id int)");
        String secondUrl = resource.start().get("quarkus.datasource.jdbc.url");

        assertNotEquals(firstUrl, secondUrl);
        assertTrue(databaseName(secondUrl).startsWith("catalog_"), secondUrl);
        assertEquals(0, publicTableCount(secondUrl), "a fresh database sees nothing an earlier start left");
        assertEquals(1, publicTableCount(firstUrl));
        assertEquals(secondUrl, LimberTestResource.jdbcUrl(), "the accessor names the running application's database");
    }

    @Test
    void startHandsTheApplicationEverythingItConnectsTo() {
        LimberTestResource resource = new LimberTestResource();
        resource.init(Map.of(LimberTestResource.SERVICE, "routine"));

        Map<String, String> config = resource.start();

        assertEquals(LimberTestResource.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(LimberTestResource.jdbcUser(), config.get("quarkus.datasource.username"));
        assertEquals(LimberTestResource.jdbcPassword(), config.get("quarkus.datasource.password"));
        String keyLocation = config.get("mp.jwt.verify.publickey.location");
        assertTrue(keyLocation.startsWith("file:"), keyLocation);
        assertEquals(TestTokens.publicKeyFile(), Path.of(keyLocation.substring("file:".length())));
        assertTrue(Files.isRegularFile(TestTokens.publicKeyFile()));
    }

    @Test
    void withoutDockerOrExternalServersTheInfrastructureIsEmbedded() {
        assumeTrue(System.getenv("LIMBER_TEST_KAFKA_BOOTSTRAP") == null && System.getenv("LIMBER_TEST_JDBC_URL") == null
                && !"docker".equals(System.getProperty("limber.test.infra"))
                && !Files.exists(Path.of("/var/run/docker.sock")), "another mode applies here");

        assertEquals("embedded", LimberTestResource.mode());
    }

    private static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static int publicTableCount(String jdbcUrl) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword());
    }
}
