package com.kamplanner.platform;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versions that count against each other: those sharing these attribute values (all versions when empty).
 * Numbers are unique, and one version is active, per scope. A null value means "attribute is null".
 */
public final class VersionScope {

    private final Map<String, Object> attributes;

    private VersionScope(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /** Every version of the entity. */
    public static VersionScope all() {
        return new VersionScope(Map.of());
    }

    /** This scope narrowed to the versions whose {@code attribute} equals {@code value}. */
    public VersionScope and(String attribute, Object value) {
        if (!attribute.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("Not an attribute name: " + attribute);
        }
        Map<String, Object> narrower = new LinkedHashMap<>(attributes);
        narrower.put(attribute, value);
        return new VersionScope(narrower);
    }

    /** The JPQL condition on alias {@code v}, starting with {@code where}. */
    String where() {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        attributes.forEach((attribute, value) -> where.append(" and v.").append(attribute)
                .append(value == null ? " is null" : " = :" + attribute));
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        attributes.forEach((attribute, value) -> {
            if (value != null) {
                query.setParameter(attribute, value);
            }
        });
        return query;
    }
}
