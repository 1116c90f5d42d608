package com.kamplanner.plan;

import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;

/**
 * The plan template the application starts with, in the template model the KA Director adapts and validates:
 * one section per part of the plan, one field per thing {@link PlanCompliance} checks. Fields marked mandatory
 * are required in every segment; the others count towards the segment's required compliance level.
 */
public final class DefaultPlanTemplate {

    private DefaultPlanTemplate() {
    }

    public static DocumentTemplate create(int number) {
        DocumentTemplate template = new DocumentTemplate(DocumentKind.PLAN, number, "Key Account Plan");
        template.add(new TemplateSection("situation", "Situation summary", "Synthèse de la situation")
                .add(field("summary", true, "Short situation summary", "Synthèse de la situation"))
                .add(field("priorities", false, "Customer strategic priorities (Key Account Database)",
                        "Priorités stratégiques du client (base de données)")));
        template.add(new TemplateSection("stages", "Relationship stage", "Stade de la relation")
                .add(field("current", true, "Current stage", "Stade actuel"))
                .add(field("target", true, "Target stage", "Stade visé")));
        template.add(new TemplateSection("vision", "Vision and mission", "Vision et mission")
                .add(field("vision", false, "Vision", "Vision"))
                .add(field("mission", false, "Mission", "Mission")));
        template.add(new TemplateSection("orientation", "Strategic orientation", "Orientation stratégique")
                .add(field("direction", false, "Strategic orientation chosen", "Orientation stratégique choisie")));
        template.add(new TemplateSection("objectives", "Objectives", "Objectifs")
                .add(field("strategic", true, "At least one strategic objective", "Au moins un objectif stratégique"))
                .add(field("indicators", false, "Every objective has an indicator", "Chaque objectif a un indicateur")));
        template.add(new TemplateSection("programmes", "Action programmes", "Programmes d’actions")
                .add(field("plans", true, "At least one action programme with an action plan",
                        "Au moins un programme d’actions avec un plan d’actions"))
                .add(field("owners", false, "Every action plan has an owner and a due date",
                        "Chaque plan d’actions a un responsable et une échéance")));
        template.add(new TemplateSection("contingencies", "Contingencies", "Plans de contingence")
                .add(field("contingencies", false, "At least one contingency", "Au moins un plan de contingence")));
        template.add(new TemplateSection("team", "KA team and executive sponsor", "Équipe CC et parrain exécutif")
                .add(field("members", false, "A KA team", "Une équipe CC"))
                .add(field("sponsor", false, "An executive sponsor", "Un parrain exécutif")));
        return template;
    }

    private static TemplateField field(String key, boolean mandatory, String en, String fr) {
        return new TemplateField(key, FieldType.SHORT_TEXT, mandatory, en, fr);
    }
}
