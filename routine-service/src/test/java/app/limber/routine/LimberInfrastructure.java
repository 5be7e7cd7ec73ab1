package app.limber.routine;

import app.limber.testing.LimberTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Registers the real Kafka broker and PostgreSQL once for every test class of this module. */
@QuarkusTestResource(value = LimberTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = LimberTestResource.SERVICE, value = "routine"))
public class LimberInfrastructure {
}
