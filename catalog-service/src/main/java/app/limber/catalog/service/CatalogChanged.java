package app.limber.catalog.service;

/** Fired inside the transaction that changed an exercise; observers act after it commits. */
public record CatalogChanged(String slug) {
}
