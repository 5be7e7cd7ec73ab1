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
    protected String[] tokenCheckedGet() {
        return new String[] {"/plans", "athlete"};
    }
}
