package app.limber.web.view;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/**
 * Lets templates read JSON objects (converted to maps) by property, {@code exercise.name}, where an absent
 * field is null like one the service sent as null: the services leave some fields out when they have no value.
 */
public final class MapProperties {

    private MapProperties() {
    }

    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object property(Map<String, Object> map, String name) {
        return map.get(name);
    }
}
