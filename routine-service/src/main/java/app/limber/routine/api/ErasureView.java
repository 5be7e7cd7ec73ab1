package app.limber.routine.api;

import app.limber.routine.persistence.ErasureStore;
import app.limber.routine.service.ErasureService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An erasure request's state: nothing in it identifies the person it is about. */
@Schema(description = "An erasure request: when and by whom (user or admin) it was made, and each service's part")
public record ErasureView(
        UUID id,
        Instant requestedAt,
        @Schema(description = "user (DELETE /me) or admin (DELETE /admin/users/{id})") String requestedBy,
        @Schema(description = "pending until every service confirmed, then complete") String status,
        @Schema(description = "Per service (catalog, routine, progress): pending, or erased with the time it confirmed")
        Map<String, ServiceState> services,
        @Schema(description = "When the last service confirmed; null while pending") Instant completedAt) {

    /** One service's part. */
    public record ServiceState(@Schema(description = "pending or erased") String state,
                               @Schema(description = "When it confirmed; null while pending") Instant confirmedAt) {
    }

    static ErasureView of(ErasureStore.Request request) {
        Map<String, ServiceState> services = new LinkedHashMap<>();
        for (String service : ErasureService.SERVICES) {
            Instant at = request.confirmations().get(service);
            services.put(service, new ServiceState(at == null ? "pending" : "erased", at));
        }
        return new ErasureView(request.id(), request.requestedAt(), request.requestedBy(),
                request.completedAt() == null ? "pending" : "complete", services, request.completedAt());
    }
}
