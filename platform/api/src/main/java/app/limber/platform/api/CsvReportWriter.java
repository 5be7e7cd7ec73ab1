package app.limber.platform.api;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Writes a {@link CsvReport} when the client asks for {@code text/csv} (UTF-8). */
@Provider
@Produces(CsvTable.MEDIA_TYPE)
public class CsvReportWriter implements MessageBodyWriter<CsvReport> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvReport report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws java.io.IOException {
        body.write(report.csv().render().getBytes(StandardCharsets.UTF_8));
    }
}
