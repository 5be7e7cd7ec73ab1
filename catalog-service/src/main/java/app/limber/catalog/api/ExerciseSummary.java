package app.limber.catalog.api;

import app.limber.catalog.domain.Prescription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExerciseSummary", description = "An exercise in a listing: what it is and its default dose; steps, cues and cautions are in GET /exercises/{slug}.")
public record ExerciseSummary(
        String slug,
        int version,
        String name,
        List<String> aliases,
        String summary,
        String category,
        List<String> targetAreas,
        List<String> equipment,
        String position,
        boolean perSide,
        Prescription prescription,
        boolean retired) {
}
