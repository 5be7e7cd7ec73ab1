package app.limber.progress.messaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reasons keep the field and the rule, never the value that broke it. */
class DeadLetterReasonsTest {

    @Test
    void valuesAndQuotedPayloadsAreLeftOut() {
        assertEquals("$.discomfort: must be 0..10", DeadLetterReasons.withoutValues("$.discomfort: must be 0..10, was 11"));
        assertEquals("not valid JSON", DeadLetterReasons.withoutValues(
                "not valid JSON: Unrecognized token 'canary-anna': was expecting (JSON String, Number...)"));
        assertEquals("unreadable value", DeadLetterReasons.withoutValues("unreadable value: Unexpected end-of-input\n at [Source: \"{\\\"userId\\\":\\\"anna\""));
        assertEquals("$.timeZone: unknown time zone", DeadLetterReasons.withoutValues("$.timeZone: unknown time zone Mars/Olympus"));
        assertEquals("$.exercises[0].targetAreas[1]: duplicate",
                DeadLetterReasons.withoutValues("$.exercises[0].targetAreas[1]: duplicate glutes"));
    }

    @Test
    void reasonsWithoutValuesStayAsTheyAre() {
        assertEquals("$.userId: is required", DeadLetterReasons.withoutValues("$.userId: is required"));
        assertEquals("unsupported event type limber.x.v1 on routine.plan-events",
                DeadLetterReasons.withoutValues("unsupported event type limber.x.v1 on routine.plan-events"));
    }
}
