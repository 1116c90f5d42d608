package com.kamplanner.web.api;

import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.ControlCharacters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Refuses control characters ({@link ControlCharacters}) everywhere the API reads text: the path, the query and
 * every text of a JSON body, however deep, before a resource sees them. The refusal is the API's usual JSON
 * error, 422 with the field's name and the character's code in the caller's language, so that a NUL byte gets the
 * same answer on H2 and on PostgreSQL instead of failing at commit on the latter. Line breaks and tabs pass in a
 * body, where comments and notes may hold them; a path or a query keeps to one line.
 */
@Provider
public class ApiTextGuard implements ReaderInterceptor, ContainerRequestFilter {

    /** The reason with the field: {@code “name” holds an invisible control character (U+0000) …}. */
    public static final String FIELD_KEY = "input.controlCharacter.field";

    private static final int DEEPEST = 12;

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(true), false);
        check(request.getUriInfo().getQueryParameters(true), false);
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (!(entity instanceof byte[])) {
            inspect("body", entity, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return entity;
    }

    private static void check(MultivaluedMap<String, String> parameters, boolean multiLine) {
        parameters.forEach((name, values) -> values.forEach(value -> text(name, value, multiLine)));
    }

    private static void text(String name, CharSequence value, boolean multiLine) {
        OptionalInt refused = ControlCharacters.firstRefused(value, multiLine);
        if (refused.isPresent()) {
            throw new BusinessRuleException(FIELD_KEY, name, ControlCharacters.code(refused.getAsInt()));
        }
    }

    /** Walks what JSON-B or JSON-P made of the body: texts, records, lists, maps and the application's classes. */
    static void inspect(String name, Object value, int depth, Set<Object> seen) {
        if (value == null || depth > DEEPEST) {
            return;
        }
        if (value instanceof CharSequence text) {
            text(name, text, true);
        } else if (value instanceof JsonString json) {
            text(name, json.getString(), true);
        } else if (value instanceof JsonObject json) {
            json.forEach((key, member) -> inspect(key, member, depth + 1, seen));
        } else if (value instanceof JsonArray json) {
            json.forEach(member -> inspect(name, member, depth + 1, seen));
        } else if (value instanceof JsonValue || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || !seen.add(value)) {
            return;
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> inspect(name, item, depth + 1, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> {
                inspect(name, key, depth + 1, seen);
                inspect(String.valueOf(key), member, depth + 1, seen);
            });
        } else if (value instanceof Object[] items) {
            inspect(name, List.of(items), depth + 1, seen);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                inspect(component.getName(), read(component, value), depth + 1, seen);
            }
        } else if (value.getClass().getName().startsWith("com.kamplanner.")) {
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        inspect(field.getName(), read(field, value), depth + 1, seen);
                    }
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
