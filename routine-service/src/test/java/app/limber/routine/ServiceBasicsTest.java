package app.limber.routine;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceBasicsTest extends app.limber.testing.ServiceBasicsTest
        implements app.limber.testing.ServiceBasicsTest.ReadsJsonBodies {

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

    @Override
    public String jsonBodyPath() {
        return "/plans";
    }

    @Override
    public String jsonBodyRole() {
        return "athlete";
    }
}
