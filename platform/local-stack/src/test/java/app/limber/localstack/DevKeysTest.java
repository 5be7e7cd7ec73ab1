package app.limber.localstack;

import app.limber.infra.Pem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevKeysTest {

    @TempDir
    Path keys;

    @Test
    void aStackTokenIsValidForTwelveHoursAndVerifiesWithThePublicKeyFileTheServicesRead() throws Exception {
        String token = DevKeys.loadOrCreate(keys).token("demo-athlete", List.of("athlete"));

        String[] parts = token.split("\\.");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("demo-athlete", claims.get("sub").asText());
        assertEquals("[\"athlete\"]", claims.get("groups").toString());
        assertEquals(12 * 3600, claims.get("exp").asLong() - claims.get("iat").asLong());

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(Pem.readPublicKey(keys.resolve("public-key.pem")));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signature verifies with the stored public key");
    }

    @Test
    void theKeyPairIsCreatedOnceAndThenReusedAndOnlyItsOwnerReadsThePrivateKey() throws Exception {
        DevKeys first = DevKeys.loadOrCreate(keys);
        DevKeys second = DevKeys.loadOrCreate(keys);
        assertEquals(first.publicKey(), second.publicKey());
        assertTrue(first.publicKeyFile().toString().endsWith("public-key.pem"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("private-key.pem"))));

        DevKeys other = DevKeys.loadOrCreate(keys.resolve("elsewhere"));
        assertNotEquals(first.publicKey(), other.publicKey());
    }

    @Test
    void aRoleTheServicesDoNotKnowIsRefusedNamingItAndTheKnownOnes() throws Exception {
        DevKeys devKeys = DevKeys.loadOrCreate(keys);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> devKeys.token("zed", List.of("athlete", "superuser")));
        assertEquals("unknown role superuser; the roles are athlete, admin, analyst, coach", refused.getMessage());
        assertEquals("unknown roles root, Admin; the roles are athlete, admin, analyst, coach",
                assertThrows(IllegalArgumentException.class, () -> devKeys.token("zed", List.of("root", "Admin"))).getMessage());
    }
}
