package app.limber.progress;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceBasicsTest extends app.limber.testing.ServiceBasicsTest {

    @Override
    protected String apiTitle() {
        return "Limber progress API";
    }

    @Override
    protected String firstTable() {
        return "processed_event";
    }

    @Override
    protected String tokenCheckedPath() {
        return "/progress/me";
    }

    @Override
    protected String tokenCheckedRole() {
        return "athlete";
    }
}
