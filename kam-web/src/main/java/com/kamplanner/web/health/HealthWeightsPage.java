package com.kamplanner.web.health;

import com.kamplanner.health.HealthComponent;
import com.kamplanner.health.HealthRules;
import com.kamplanner.health.HealthWeights;
import com.kamplanner.health.HealthWeightsService;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the health weights section of {@code segmentation/segments.xhtml}: one column per segment, one row per
 * component, with the drop that notifies and the congruence alert. Saving puts a new version in force for each
 * segment whose values changed, once every changed segment's weights are valid (none is saved otherwise).
 */
@Named
@ViewScoped
public class HealthWeightsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthWeightsService weights;

    @Inject
    PageMessages messages;

    private final Map<Quadrant, Edit> edits = new EnumMap<>(Quadrant.class);

    /** One segment's weights as edited: by component name (EL reads string keys), and the two thresholds. */
    public static final class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Quadrant segment;
        private final int number;
        private final java.time.Instant since;
        private final long version;
        /** By component name; Object, because the inputs of a map entry submit whatever number type they parse. */
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, Integer> saved = new LinkedHashMap<>();
        private Integer dropThreshold;
        private Integer alertBelow;

        Edit(HealthWeights w) {
            segment = w.getSegment();
            number = w.getNumber();
            since = w.getActivatedAt();
            version = w.getVersion();
            w.weights().forEach((c, v) -> values.put(c.name(), v));
            w.weights().forEach((c, v) -> saved.put(c.name(), v));
            saved.put("drop", w.getDropThreshold());
            saved.put("alert", w.getAlertBelow());
            dropThreshold = w.getDropThreshold();
            alertBelow = w.getAlertBelow();
        }

        Map<HealthComponent, Integer> weights() {
            Map<HealthComponent, Integer> map = new EnumMap<>(HealthComponent.class);
            values.forEach((c, v) -> map.put(HealthComponent.valueOf(c), whole(v)));
            return map;
        }

        boolean changed() {
            Map<String, Integer> now = new LinkedHashMap<>();
            values.forEach((c, v) -> now.put(c, whole(v)));
            now.put("drop", dropThreshold);
            now.put("alert", alertBelow);
            return !now.equals(saved);
        }

        public Quadrant getSegment() {
            return segment;
        }

        public int getNumber() {
            return number;
        }

        public java.time.Instant getSince() {
            return since;
        }

        public Map<String, Object> getWeights() {
            return values;
        }

        public int getTotal() {
            return values.values().stream().mapToInt(Edit::whole).sum();
        }

        /** A weight as typed: a number of any type, or its text; empty counts as 0 (switched off). */
        static int whole(Object value) {
            if (value instanceof Number number) {
                return number.intValue();
            }
            return value == null || value.toString().isBlank() ? 0 : new java.math.BigDecimal(value.toString().trim()).intValue();
        }

        public Integer getDropThreshold() {
            return dropThreshold;
        }

        public void setDropThreshold(Integer dropThreshold) {
            this.dropThreshold = dropThreshold;
        }

        public Integer getAlertBelow() {
            return alertBelow;
        }

        public void setAlertBelow(Integer alertBelow) {
            this.alertBelow = alertBelow;
        }
    }

    @PostConstruct
    void load() {
        edits.clear();
        for (HealthWeights w : weights.active()) {
            edits.put(w.getSegment(), new Edit(w));
        }
    }

    public void save() {
        List<Edit> changed = edits.values().stream().filter(Edit::changed).toList();
        for (Edit edit : changed) {
            HealthRules.checkWeights(edit.weights(), value(edit.dropThreshold), value(edit.alertBelow));
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (Edit edit : changed) {
            HealthWeights saved = weights.change(edit.segment, edit.version, edit.weights(), value(edit.dropThreshold),
                    value(edit.alertBelow));
            messages.info("health.weights.saved", Bundle.text(locale, "quadrant." + edit.segment.name()),
                    saved.getNumber());
        }
        load();
    }

    private static int value(Integer value) {
        return value == null ? -1 : value;
    }

    public List<Edit> getEdits() {
        return List.copyOf(edits.values());
    }

    public HealthComponent[] getComponents() {
        return HealthComponent.values();
    }
}
