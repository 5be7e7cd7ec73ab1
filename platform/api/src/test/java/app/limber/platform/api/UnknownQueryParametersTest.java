package app.limber.platform.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnknownQueryParametersTest {

    @SuppressWarnings("unused")
    static final class Resource {
        void list(@QueryParam("target") String target, @RestQuery("size") String size, @PathParam("id") String id,
                  @HeaderParam("If-Match") String ifMatch, @BeanParam Paging paging) {
        }
    }

    static final class Paging {
        @QueryParam("page")
        String page;
    }

    @Test
    void onlyQueryParametersCountAsDeclared() throws Exception {
        var method = Resource.class.getDeclaredMethod("list", String.class, String.class, String.class, String.class, Paging.class);

        assertEquals(Set.of("target", "size", "page"), UnknownQueryParameters.queryParameters(method));
    }
}
