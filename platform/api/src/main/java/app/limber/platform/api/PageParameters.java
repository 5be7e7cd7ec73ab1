package app.limber.platform.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of a list operation, documented once: take them with
 * {@code @BeanParam PageParameters paging} and read them with {@link #read(QueryParameters)}.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "0-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    public PageRequest read(QueryParameters parameters) {
        return parameters.page(page, size);
    }
}
