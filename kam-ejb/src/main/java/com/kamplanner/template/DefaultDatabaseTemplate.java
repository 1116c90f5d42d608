package com.kamplanner.template;

import com.kamplanner.platform.StartupLock;
import static com.kamplanner.template.FieldType.CHOICE;
import static com.kamplanner.template.FieldType.DATE;
import static com.kamplanner.template.FieldType.MONEY;
import static com.kamplanner.template.FieldType.NUMBER;
import static com.kamplanner.template.FieldType.RICH_TEXT;
import static com.kamplanner.template.FieldType.SHORT_TEXT;
import static com.kamplanner.template.FieldType.TABLE;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Ships version 1 of the Key Account Database template, active for all segments, when the database has none:
 * the four parts of the situation analysis with the fields the method names, so that KAMs can start on day one.
 * The KA Director adapts it through a new version.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultDatabaseTemplate {

    private static final Logger LOG = Logger.getLogger(DefaultDatabaseTemplate.class.getName());

    public static final String CUSTOMER = "customer";
    public static final String NEEDS = "needs";
    public static final String HISTORY = "history";
    public static final String COMPETITION = "competition";

    /** The part 1 table of the customer's strategic priorities, which the strategy work cites. */
    public static final String STRATEGIC_PRIORITIES = "strategicPriorities";
    public static final String PRIORITY_COLUMN = "priority";
    public static final String BUYING_CRITERIA = "buyingCriteria";
    public static final String REVENUE_BY_YEAR = "revenueByYear";
    public static final String COMPETITORS = "competitors";
    /** The part 2 table of where our offerings sit in the customer's purchasing portfolio (Kraljic). */
    public static final String OFFERING_POSITIONS = "offeringPositions";
    /** The buying criteria's columns: the criterion, its weight for the customer, and the two ratings (1–10). */
    public static final String CRITERION_COLUMN = "criterion";
    public static final String WEIGHT_COLUMN = "weight";
    public static final String OUR_RATING = "ourRating";
    public static final String BEST_COMPETITOR_RATING = "bestCompetitorRating";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void shipWhenMissing() {
        StartupLock.hold(em);
        Long count = em.createQuery("select count(t) from DocumentTemplate t where t.kind = :kind", Long.class)
                .setParameter("kind", DocumentKind.KEY_ACCOUNT_DATABASE).getSingleResult();
        if (count == 0) {
            DocumentTemplate template = build();
            template.activate();
            em.persist(template);
            em.flush();
            LOG.info("Shipped the default Key Account Database template, version 1, active for all segments.");
            rate(template);
        } else {
            addCustomerRatings();
        }
    }

    /**
     * Issue 18: every active Key Account Database template whose buying criteria have no ratings yet gets a new
     * version with two more columns, our rating and the best competitor's (1–10), and the databases on the old
     * version move to the new one. Values are kept as they are: a table's rows are stored with their column keys,
     * so the new columns read empty until the KAM rates. Runs at start-up under the start-up lock, once: the next
     * start finds the columns. The templates are read read-only and only the one to upgrade is taken into the
     * persistence context: without weaving (as on WildFly), EclipseLink 4.0 fails to compare a managed template's
     * element collection of columns at commit, so a start that changes nothing must manage none.
     */
    void addCustomerRatings() {
        List<DocumentTemplate> active = em.createQuery("select t from DocumentTemplate t where t.kind = :kind "
                        + "and t.lifecycle.status = :active order by t.lifecycle.number", DocumentTemplate.class)
                .setHint("eclipselink.read-only", "true")
                .setParameter("kind", DocumentKind.KEY_ACCOUNT_DATABASE)
                .setParameter("active", com.kamplanner.platform.LifecycleStatus.ACTIVE).getResultList();
        for (DocumentTemplate seen : active) {
            TemplateField seenCriteria = seen.field(NEEDS, BUYING_CRITERIA).orElse(null);
            if (seenCriteria == null
                    || seenCriteria.getColumns().stream().anyMatch(c -> c.getKey().equals(OUR_RATING))) {
                continue;
            }
            rate(em.find(DocumentTemplate.class, seen.getId()));
        }
    }

    /** A new active version of {@code old}, managed, with the ratings; {@code old} is archived. */
    private void rate(DocumentTemplate old) {
        Integer last = em.createQuery("select max(t.lifecycle.number) from DocumentTemplate t "
                + "where t.kind = :kind", Integer.class).setParameter("kind", DocumentKind.KEY_ACCOUNT_DATABASE)
                .getSingleResult();
        DocumentTemplate rated = old.copyAsDraft(last + 1, old.getName());
        rated.field(NEEDS, BUYING_CRITERIA).orElseThrow().addColumns(ratingColumns());
        old.archive();
        rated.activate();
        em.persist(rated);
        em.flush();
        int moved = em.createQuery("update KeyAccountDatabase d set d.template = :rated where d.template = :old")
                .setParameter("rated", rated).setParameter("old", old).executeUpdate();
        LOG.info(() -> "Key Account Database template version " + rated.getNumber() + ": version "
                + old.getNumber() + " with our and the best competitor's ratings of each buying criterion; "
                + moved + " database(s) moved to it.");
    }

    /** Our rating and the best competitor's, each 1–10, of a buying criterion. */
    static List<TableColumn> ratingColumns() {
        return List.of(new TableColumn(OUR_RATING, FieldType.RATING, false, "Our rating (1–10)",
                        "Notre note (1–10)"),
                new TableColumn(BEST_COMPETITOR_RATING, FieldType.RATING, false, "Best competitor’s rating (1–10)",
                        "Note du meilleur concurrent (1–10)"));
    }

    /** The default template, as a new draft numbered 1. */
    public static DocumentTemplate build() {
        DocumentTemplate template = new DocumentTemplate(DocumentKind.KEY_ACCOUNT_DATABASE, 1,
                "Key Account Database");
        template.add(new TemplateSection(CUSTOMER, "1. The customer and its strategy", "1. Le client et sa stratégie")
                .add(new TemplateField("businessModel", RICH_TEXT, true, "Business model", "Modèle d’affaires"))
                .add(new TemplateField("markets", RICH_TEXT, true, "Markets", "Marchés"))
                .add(new TemplateField(STRATEGIC_PRIORITIES, TABLE, true, "Strategic priorities",
                        "Priorités stratégiques").withColumns(
                        new TableColumn(PRIORITY_COLUMN, SHORT_TEXT, true, "Priority", "Priorité"),
                        new TableColumn("horizon", SHORT_TEXT, false, "Horizon", "Horizon")))
                .add(new TemplateField("employees", NUMBER, false, "Employees", "Effectif"))
                .add(new TemplateField("keyFinancials", TABLE, true, "Key financials", "Chiffres clés").withColumns(
                        new TableColumn("year", NUMBER, true, "Year", "Année"),
                        new TableColumn("revenue", MONEY, true, "Revenue", "Chiffre d’affaires"),
                        new TableColumn("operatingMargin", NUMBER, false, "Operating margin (%)",
                                "Marge opérationnelle (%)")))
                .add(new TemplateField("environment", RICH_TEXT, false, "Environment (regulation, technology, "
                        + "society)", "Environnement (réglementation, technologie, société)")));
        template.add(new TemplateSection(NEEDS, "2. Needs, expectations, purchasing strategy and processes",
                "2. Besoins, attentes, stratégie et processus d’achat")
                .add(new TemplateField("expectations", RICH_TEXT, true, "Needs and expectations",
                        "Besoins et attentes"))
                .add(new TemplateField(BUYING_CRITERIA, TABLE, true, "Buying criteria and weights",
                        "Critères d’achat et leurs poids").withColumns(
                        new TableColumn("criterion", SHORT_TEXT, true, "Criterion", "Critère"),
                        new TableColumn("weight", NUMBER, true, "Weight (%)", "Poids (%)")))
                .add(new TemplateField("purchasingOrganisation", CHOICE, false, "Purchasing organisation",
                        "Organisation des achats").withChoices(List.of(
                        new ChoiceOption("CENTRALISED", "Centralised", "Centralisée"),
                        new ChoiceOption("DECENTRALISED", "Decentralised", "Décentralisée"),
                        new ChoiceOption("HYBRID", "Hybrid", "Mixte"))))
                .add(new TemplateField("purchasingProcess", RICH_TEXT, true,
                        "Purchasing process and who is involved", "Processus d’achat et acteurs impliqués"))
                .add(new TemplateField(OFFERING_POSITIONS, TABLE, true,
                        "Our offerings in the customer’s purchasing portfolio",
                        "Nos offres dans le portefeuille d’achats du client").withColumns(
                        new TableColumn("offering", SHORT_TEXT, true, "Offering", "Offre"),
                        new TableColumn("position", CHOICE, true, "Position", "Position").withChoices(List.of(
                                new ChoiceOption("STRATEGIC", "Strategic", "Stratégique"),
                                new ChoiceOption("LEVERAGE", "Leverage", "Levier"),
                                new ChoiceOption("BOTTLENECK", "Bottleneck", "Goulot"),
                                new ChoiceOption("NON_CRITICAL", "Non-critical", "Non critique"))))));
        template.add(new TemplateSection(HISTORY, "3. Relationship history", "3. Historique de la relation")
                .add(new TemplateField("relationshipSince", DATE, false, "Customer since", "Client depuis"))
                .add(new TemplateField("events", TABLE, true, "Timeline of events", "Chronologie des événements")
                        .withColumns(
                                new TableColumn("date", DATE, true, "Date", "Date"),
                                new TableColumn("type", CHOICE, true, "Type", "Type").withChoices(List.of(
                                        new ChoiceOption("CONTRACT", "Contract", "Contrat"),
                                        new ChoiceOption("PROJECT", "Project", "Projet"),
                                        new ChoiceOption("INCIDENT", "Incident", "Incident"),
                                        new ChoiceOption("MEETING", "Meeting", "Réunion"),
                                        new ChoiceOption("SATISFACTION", "Satisfaction result",
                                                "Résultat de satisfaction"))),
                                new TableColumn("description", SHORT_TEXT, true, "Description", "Description")))
                .add(new TemplateField(REVENUE_BY_YEAR, TABLE, true, "Our revenue by year",
                        "Notre chiffre d’affaires par année").withColumns(
                        new TableColumn("year", NUMBER, true, "Year", "Année"),
                        new TableColumn("revenue", MONEY, true, "Revenue", "Chiffre d’affaires"))));
        template.add(new TemplateSection(COMPETITION, "4. Competition", "4. Concurrence")
                .add(new TemplateField(COMPETITORS, TABLE, true, "Competitors at this account",
                        "Concurrents chez ce client").withColumns(
                        new TableColumn("competitor", SHORT_TEXT, true, "Competitor", "Concurrent"),
                        new TableColumn("share", NUMBER, false, "Estimated share (%)", "Part estimée (%)"),
                        new TableColumn("strengths", SHORT_TEXT, false, "Strengths against us",
                                "Forces face à nous"),
                        new TableColumn("weaknesses", SHORT_TEXT, false, "Weaknesses against us",
                                "Faiblesses face à nous")))
                .add(new TemplateField("competitiveSummary", RICH_TEXT, false, "Our competitive position",
                        "Notre position concurrentielle")));
        return template;
    }
}
