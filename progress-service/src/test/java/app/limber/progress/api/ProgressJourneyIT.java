package app.limber.progress.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The main journey against the packaged application. */
@QuarkusIntegrationTest
class ProgressJourneyIT extends ProgressJourneyTest {
}
