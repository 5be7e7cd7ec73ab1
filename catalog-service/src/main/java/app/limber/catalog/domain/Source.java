package app.limber.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where an exercise's content comes from: an article of the seed corpus, or a web page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String title, String article, String url) {
}
