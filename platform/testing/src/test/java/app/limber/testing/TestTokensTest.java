package app.limber.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verifies tokens the way the services do: RS256, issuer {@code limber}, the public key from the PEM file. */
class TestTokensTest {

    private static JwtConsumer verifier;

    @BeforeAll
    static void verifierWithTheWrittenPublicKey() throws Exception {
        String pem = Files.readString(TestTokens.publicKeyFile());
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        byte[] der = Base64.getMimeDecoder().decode(pem
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", ""));
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        verifier = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer("limber")
                .setRequireExpirationTime()
                .setRequireSubject()
                .setRequireJwtId()
                .build();
    }

    @Test
    void aTokenVerifiesAndCarriesTheUserAndGroups() throws Exception {
        JwtClaims claims = verifier.processToClaims(TestTokens.token("ana", "athlete", "analyst"));

        assertEquals("ana", claims.getSubject());
        assertEquals("ana", claims.getStringClaimValue("upn"));
        assertEquals(List.of("athlete", "analyst"), claims.getStringListClaimValue("groups"));
        assertEquals(3600, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        String first = verifier.processToClaims(TestTokens.token("ana", "athlete")).getJwtId();
        String second = verifier.processToClaims(TestTokens.token("ana", "athlete")).getJwtId();

        assertTrue(!first.equals(second), "jti must not repeat");
    }

    @Test
    void anExpiredTokenIsRejected() {
        InvalidJwtException rejected = assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(TestTokens.expired("ana", "athlete")));

        assertTrue(rejected.hasExpired(), rejected.getMessage());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        InvalidJwtException rejected = assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(TestTokens.badSignature("ana", "admin")));

        assertTrue(rejected.getMessage().contains("signature"), rejected.getMessage());
    }
}
