package com.kamplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test builder: plan contents with objectives and action plans, as the assembler would produce them. */
final class PlanContents {

    private final PlanContent content = new PlanContent();

    static PlanContents plan(int number, LocalDate start) {
        PlanContents b = new PlanContents();
        b.content.setAccountId(1);
        b.content.setAccountName("Airbus Helicopters");
        b.content.setVersionNumber(number);
        b.content.setStatus("WORKING");
        b.content.setPeriodStart(start);
        b.content.setPeriodEnd(start.plusMonths(3).minusDays(1));
        b.content.setHorizonEnd(Horizon.end(start));
        return b;
    }

    PlanContents objective(long id, String level, String title, String target, LocalDate targetDate) {
        ObjectiveItem o = new ObjectiveItem();
        o.setId(id);
        o.setLevel(level);
        o.setTitle(title);
        o.setIndicatorName("Share of wallet");
        o.setUnit("%");
        o.setBaseline(new BigDecimal("20"));
        o.setTarget(target == null ? null : new BigDecimal(target));
        o.setTargetDate(targetDate);
        content.getObjectives().add(o);
        return this;
    }

    PlanContents actionPlan(long id, String title, String status, LocalDate due) {
        if (content.getProgrammes().isEmpty()) {
            ProgrammeItem p = new ProgrammeItem();
            p.setId(1L);
            p.setName("Grow the service business");
            content.getProgrammes().add(p);
        }
        ActionPlanItem a = new ActionPlanItem();
        a.setId(id);
        a.setTitle(title);
        a.setKind("RELATIONAL");
        a.setStatus(status);
        a.setDueDate(due);
        a.setOwnerName("Tom Bernard");
        content.getProgrammes().get(0).getPlans().add(a);
        return this;
    }

    PlanContent build() {
        return content;
    }
}
