package app.limber.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSignerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final KeyPair KEYS = TokenSigner.newKeyPair();

    @TempDir
    Path directory;

    @Test
    void aTokenCarriesTheClaimsTheServicesCheck() throws Exception {
        String token = new TokenSigner(KEYS.getPrivate(), Clock.fixed(NOW, ZoneOffset.UTC))
                .sign("demo-athlete", List.of("athlete", "analyst"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        JsonNode header = json(parts[0]);
        JsonNode claims = json(parts[1]);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        assertEquals("limber", claims.get("iss").asText());
        assertEquals("demo-athlete", claims.get("sub").asText());
        assertEquals("demo-athlete", claims.get("upn").asText());
        assertEquals("[\"athlete\",\"analyst\"]", claims.get("groups").toString());
        assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
        assertEquals(NOW.plus(Duration.ofHours(1)).getEpochSecond(), claims.get("exp").asLong());
        assertTrue(verifies(token, KEYS.getPublic()), "the signature verifies with the pair's public key");
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerify() throws Exception {
        String token = new TokenSigner(TokenSigner.newKeyPair().getPrivate()).sign("ana", List.of("admin"), Duration.ofMinutes(5));

        assertFalse(verifies(token, KEYS.getPublic()));
    }

    @Test
    void anExplicitValidityIsSignedAsGivenAndEveryTokenHasItsOwnId() throws Exception {
        TokenSigner signer = new TokenSigner(KEYS.getPrivate());
        Instant issued = NOW.minus(Duration.ofHours(2));

        JsonNode first = json(signer.sign("ana", List.of("athlete"), issued, issued.plus(Duration.ofHours(1))).split("\\.")[1]);
        JsonNode second = json(signer.sign("ana", List.of("athlete"), issued, issued.plus(Duration.ofHours(1))).split("\\.")[1]);

        assertEquals(NOW.minus(Duration.ofHours(1)).getEpochSecond(), first.get("exp").asLong());
        assertNotEquals(first.get("jti").asText(), second.get("jti").asText());
    }

    @Test
    void pemFilesGiveBackTheKeysTheyWereWrittenFrom() throws Exception {
        Path privateFile = directory.resolve("private-key.pem");
        Path publicFile = directory.resolve("public-key.pem");
        Files.writeString(privateFile, Pem.encode(Pem.PRIVATE_KEY, KEYS.getPrivate().getEncoded()));
        Files.writeString(publicFile, Pem.encode(Pem.PUBLIC_KEY, KEYS.getPublic().getEncoded()));

        assertTrue(Files.readString(publicFile).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals(KEYS.getPublic(), Pem.readPublicKey(publicFile));
        String token = new TokenSigner(Pem.readPrivateKey(privateFile)).sign("ana", List.of("athlete"), Duration.ofMinutes(1));
        assertTrue(verifies(token, KEYS.getPublic()));
    }

    private static boolean verifies(String token, PublicKey key) throws Exception {
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static JsonNode json(String base64Url) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(base64Url));
    }
}
