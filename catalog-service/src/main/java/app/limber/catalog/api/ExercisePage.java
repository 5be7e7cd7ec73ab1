package app.limber.catalog.api;

import app.limber.platform.api.ListPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI document's name for a {@link ListPage} of {@link ExerciseSummary}: GET /exercises answers
 * pre-rendered JSON (see {@link ListingCache}), so the document cannot read the type from the method.
 * OpenApiDocumentTest holds its properties to ListPage's.
 */
@Schema(name = "ExercisePage", description = "One page of a listing, the envelope of every Limber list")
record ExercisePage(
        @Schema(description = "The exercises of this page, in the order the operation states") List<ExerciseSummary> items,
        @Schema(description = "0-based page index", minimum = "0") int page,
        @Schema(description = "Items per page", minimum = "1", maximum = "100") int size,
        @Schema(description = "Exercises matching the request across all pages", minimum = "0") long total) {
}
