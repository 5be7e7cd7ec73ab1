package app.limber.catalog;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceBasicsTest extends app.limber.testing.ServiceBasicsTest
        implements app.limber.testing.ServiceBasicsTest.ReadsJsonBodies {

    @Override
    protected String apiTitle() {
        return "Limber catalog API";
    }

    @Override
    protected String firstTable() {
        return "outbox_event";
    }

    @Override
    protected String tokenCheckedPath() {
        return "/taxonomy";
    }

    @Override
    protected String tokenCheckedRole() {
        return "admin";
    }

    @Override
    public String jsonBodyPath() {
        return "/exercises";
    }

    @Override
    public String jsonBodyRole() {
        return "admin";
    }
}
