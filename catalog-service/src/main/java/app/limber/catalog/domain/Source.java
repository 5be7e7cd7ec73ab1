package app.limber.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an exercise's content comes from, as a reader would cite it: the article's or page's title,
 * and its address when it has one on the web.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", description = "A work the exercise's content comes from")
public record Source(
        @Schema(description = "The title of the article or page", examples = "Hip Mobility Exercises and Stretches for Runners")
        String title,
        @Schema(description = "Where to read it, when it is on the web", examples = "https://example.org/hip-mobility")
        String url) {
}
