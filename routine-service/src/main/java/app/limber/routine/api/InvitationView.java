package app.limber.routine.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A new invitation; its code is shown this once. */
public record InvitationView(
        @Schema(description = "Single-use code for the athlete to accept with POST /me/coaches; letters in either case")
        String code,
        Instant expiresAt) {
}
