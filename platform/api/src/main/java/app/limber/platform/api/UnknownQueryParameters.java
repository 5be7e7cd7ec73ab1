package app.limber.platform.api;

import app.limber.platform.problem.Messages;
import app.limber.platform.problem.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the operation does not declare answers 400 naming it: a typo such as
 * {@code targetAreas=calves} for {@code target=calves} would otherwise return everything, and the
 * client would never learn that its filter was dropped.
 */
public class UnknownQueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuse(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Set<String> known = declared.computeIfAbsent(method, UnknownQueryParameters::queryParameters);
        List<Problem.FieldError> errors = uri.getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted(Comparator.naturalOrder())
                .map(name -> new Problem.FieldError(name, Messages.UNKNOWN_PARAMETER))
                .toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of(Problem.invalid(errors).toResponse());
    }

    static Set<String> queryParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter.getAnnotations(), parameter.getName(), parameter.getType(), names);
        }
        return Set.copyOf(names);
    }

    private static void collect(Annotation[] annotations, String javaName, Class<?> type, Set<String> names) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof RestQuery query) {
                names.add(query.value().isEmpty() ? javaName : query.value());
            } else if (annotation instanceof BeanParam) {
                for (var field : type.getDeclaredFields()) {
                    collect(field.getAnnotations(), field.getName(), field.getType(), names);
                }
            }
        }
    }
}
