package app.limber.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenMinterTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path keys;

    @Test
    void tokensCarryTheClaimsTheServicesCheckAndVerifyWithThePublicKeyFile() throws Exception {
        DevKeys devKeys = DevKeys.loadOrCreate(keys);
        String token = new TokenMinter(devKeys.privateKey(), Clock.fixed(NOW, ZoneOffset.UTC))
                .mint("demo-athlete", List.of("athlete"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        JsonNode header = json(parts[0]);
        JsonNode claims = json(parts[1]);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("limber", claims.get("iss").asText());
        assertEquals("demo-athlete", claims.get("sub").asText());
        assertEquals("demo-athlete", claims.get("upn").asText());
        assertEquals("athlete", claims.get("groups").get(0).asText());
        assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
        assertEquals(NOW.plus(Duration.ofHours(1)).getEpochSecond(), claims.get("exp").asLong());
        assertTrue(claims.hasNonNull("jti"));

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(DevKeys.loadOrCreate(keys).publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signature verifies with the stored public key");
    }

    @Test
    void theKeyPairIsCreatedOnceAndThenReused() throws Exception {
        DevKeys first = DevKeys.loadOrCreate(keys);
        DevKeys second = DevKeys.loadOrCreate(keys);
        assertEquals(first.publicKey(), second.publicKey());
        assertTrue(first.publicKeyFile().toString().endsWith("public-key.pem"));

        DevKeys other = DevKeys.loadOrCreate(keys.resolve("elsewhere"));
        assertNotEquals(first.publicKey(), other.publicKey());
    }

    private static JsonNode json(String base64Url) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(base64Url));
    }
}
