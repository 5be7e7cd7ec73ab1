package app.limber.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExercisePage", description = "One page of a listing. page is 0-based; total counts every match.")
public record ExercisePage(List<ExerciseSummary> items, int page, int size, long total) {
}
