package app.limber.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PAYLOAD = "{\"userId\":\"canary-7f3a\",\"discomfort\":7}";
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generateBase64());
    private final DataKey key = DataKey.random();
    private final String alias = UUID.randomUUID().toString();
    private final String eventId = UUID.randomUUID().toString();

    @Test
    void aSealedPayloadOpensWithItsKeyAndShowsNothingInClear() throws Exception {
        String value = SealedEvent.seal(key, alias, eventId, "limber.session.completed.v1", PAYLOAD);

        assertFalse(value.contains("canary"), value);
        SealedEvent sealed = SealedEvent.of(MAPPER.readTree(value)).orElseThrow();
        assertEquals(alias, sealed.alias());
        assertEquals(PAYLOAD, new String(sealed.open(key, eventId, "limber.session.completed.v1"), StandardCharsets.UTF_8));
    }

    @Test
    void itDoesNotOpenWithAnotherKeyOrUnderAnotherEventsHeaders() throws Exception {
        SealedEvent sealed = SealedEvent.of(MAPPER.readTree(
                SealedEvent.seal(key, alias, eventId, "limber.session.completed.v1", PAYLOAD))).orElseThrow();

        assertThrows(UnreadableException.class, () -> sealed.open(DataKey.random(), eventId, "limber.session.completed.v1"));
        assertThrows(UnreadableException.class, () -> sealed.open(key, UUID.randomUUID().toString(), "limber.session.completed.v1"));
        assertThrows(UnreadableException.class, () -> sealed.open(key, eventId, "limber.session.deleted.v1"));
    }

    @Test
    void aPlainPayloadIsNotAnEnvelopeAndABrokenEnvelopeIsUnreadable() throws Exception {
        assertTrue(SealedEvent.of(MAPPER.readTree(PAYLOAD)).isEmpty());
        assertThrows(UnreadableException.class, () -> SealedEvent.of(MAPPER.readTree("{\"sealed\":\"AAAA\"}")));
        assertThrows(UnreadableException.class, () -> SealedEvent.of(MAPPER.readTree(
                "{\"alias\":\"a\",\"algorithm\":\"AES-256-GCM\",\"sealed\":\"not base64!\"}")));
    }

    @Test
    void aWrappedKeyUnwrapsOnlyWithItsMasterKeyForItsAlias() {
        byte[] wrapped = master.wrap(key, alias);
        UserKeyRecord record = UserKeyRecord.parse(MAPPER, new UserKeyRecord(UUID.randomUUID(), Instant.EPOCH, alias,
                wrapped).toJson().getBytes(StandardCharsets.UTF_8));

        DataKey unwrapped = master.unwrap(record.wrappedKey(), record.alias());
        byte[] sealed = key.seal(new byte[]{1, 2, 3}, new byte[0]);
        assertArrayEquals(new byte[]{1, 2, 3}, unwrapped.open(sealed, new byte[0]));
        assertThrows(UnreadableException.class, () -> master.unwrap(wrapped, UUID.randomUUID().toString()));
        MasterKey other = MasterKey.fromBase64(MasterKey.generateBase64());
        assertThrows(UnreadableException.class, () -> other.unwrap(wrapped, alias));
    }

    @Test
    void fingerprintsAreStablePerMasterKeyAndNameNoOne() {
        MasterKey other = MasterKey.fromBase64(MasterKey.generateBase64());

        assertArrayEquals(master.fingerprint("canary-7f3a"), master.fingerprint("canary-7f3a"));
        assertNotEquals(new String(master.fingerprint("canary-7f3a"), StandardCharsets.ISO_8859_1),
                new String(other.fingerprint("canary-7f3a"), StandardCharsets.ISO_8859_1));
        assertFalse(new String(master.fingerprint("canary-7f3a"), StandardCharsets.ISO_8859_1).contains("canary"));
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64("AAAA"));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    }

    @Test
    void aMentionOpensOnlyWithTheMentionedUsersKeyForItsEventAndField() {
        String mention = SealedMention.seal(key, alias, eventId, "assignedBy", "coach-canary");

        assertFalse(mention.contains("canary"), mention);
        SealedMention sealed = SealedMention.of(mention).orElseThrow();
        assertEquals("coach-canary", sealed.open(key, eventId, "assignedBy"));
        assertThrows(UnreadableException.class, () -> sealed.open(key, eventId, "pausedBy"));
        assertThrows(UnreadableException.class, () -> sealed.open(DataKey.random(), eventId, "assignedBy"));
        assertTrue(SealedMention.of("coach-7").isEmpty());
    }
}
