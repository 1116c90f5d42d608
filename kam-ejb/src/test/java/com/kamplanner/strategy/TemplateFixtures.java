package com.kamplanner.strategy;

import com.kamplanner.selection.Quadrant;
import java.util.function.Consumer;

/** Strategy templates for tests: the method's rules adapted as the KA Director would on the template page. */
public final class TemplateFixtures {

    private TemplateFixtures() {
    }

    /** A draft for {@code segment} (null: all) with the method's rules, changed by {@code change}. */
    public static StrategyTemplate template(Quadrant segment, Consumer<StrategyTemplateEdit> change) {
        StrategyTemplate template = StrategyTemplate.method().copyAsDraft(2, "Test template");
        StrategyTemplateEdit edit = StrategyTemplateEdit.of(template);
        edit.setSegment(segment);
        change.accept(edit);
        StrategyTemplateService.check(edit);
        template.apply(edit);
        return template;
    }

    /** Two potentials per SWOT kind, a TOWS option for every pair used, the horizon checked: the demo's draft. */
    public static StrategyTemplate strict(Quadrant segment) {
        return template(segment, e -> {
            e.setMinPotentialsPerKind(2);
            e.setTowsPerPairUsed(true);
            e.setHorizonChecked(true);
        });
    }
}
