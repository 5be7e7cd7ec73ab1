package app.limber.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class ServiceBasicsIT extends ServiceBasicsTest {
}
