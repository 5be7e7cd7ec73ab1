package app.limber.routine;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceBasicsTest extends app.limber.testing.ServiceBasicsTest {

    @Override
    protected String apiTitle() {
        return "Limber routine API";
    }

    @Override
    protected String firstTable() {
        return "outbox_event";
    }

    @Override
    protected String tokenCheckedPath() {
        return "/plans";
    }

    @Override
    protected String tokenCheckedRole() {
        return "athlete";
    }
}
