package app.limber.routine.api;

import app.limber.routine.domain.InvitationCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An athlete accepting a coach's invitation, with what they let the coach do. */
public record AcceptInvitationRequest(
        @Schema(description = "The invitation code: " + InvitationCode.FORMAT)
        @NotNull @Pattern(regexp = InvitationCode.PATTERN, message = "must be " + InvitationCode.FORMAT) String code,
        @Schema(description = "view-progress: the coach sees your progress; assign-plans: the coach schedules and "
                + "pauses your plans. At least one, each once; accepting another invitation of the same coach "
                + "replaces the scopes")
        @NotNull List<@NotNull String> scopes) {
}
