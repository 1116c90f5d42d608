package com.kamplanner.selection;

import com.kamplanner.platform.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Ships version 1 of the selection criteria, active, when the database has no criteria set at all: the usual
 * attractiveness factors and buying criteria of the literature, each level described in five bands of two
 * levels, so that scoring can start on day one. The KA Director adapts it through a new version.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultCriteriaSet {

    private static final Logger LOG = Logger.getLogger(DefaultCriteriaSet.class.getName());

    /** A criterion of the default set: group, name, weight, and the text of bands 1-2, 3-4, 5-6, 7-8, 9-10. */
    record Definition(CriterionGroup group, String name, int weight, List<String> bands) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition(CriterionGroup.ATTRACTIVENESS, "Volume potential", 30, List.of(
                    "Spend in our category is marginal, under 1% of our sales; no growth expected.",
                    "Small spend, a few product lines; potential under 2% of our sales.",
                    "Mid-sized spend across several sites; potential 2-5% of our sales.",
                    "Large spend, most product lines; potential 5-10% of our sales.",
                    "One of the largest buyers of the category; potential over 10% of our sales.")),
            new Definition(CriterionGroup.ATTRACTIVENESS, "Growth", 20, List.of(
                    "The customer's market is shrinking; its category spend falls.",
                    "Flat market; spend follows inflation at best.",
                    "Moderate growth, 2-5% a year in its category spend.",
                    "Strong growth, 5-10% a year, new sites or programmes announced.",
                    "Exceptional growth, over 10% a year, or a major programme about to start.")),
            new Definition(CriterionGroup.ATTRACTIVENESS, "Profitability", 20, List.of(
                    "We lose money on this business or sell far below our target margin.",
                    "Margin well under target; heavy price pressure and costly service.",
                    "Margin close to our average; cost to serve in line.",
                    "Margin above average; the customer values more than price.",
                    "Among our most profitable business; low cost to serve.")),
            new Definition(CriterionGroup.ATTRACTIVENESS, "Strategic fit", 15, List.of(
                    "Its needs are outside our strategy; serving it diverts our resources.",
                    "Little overlap with our target markets and offerings.",
                    "Partial fit: some of its needs match our roadmap.",
                    "Good fit: it buys what we want to sell and is in our target markets.",
                    "Perfect fit: a reference customer for where we want to go, open to co-development.")),
            new Definition(CriterionGroup.ATTRACTIVENESS, "Access to decision makers", 15, List.of(
                    "We only meet purchasing, through tenders.",
                    "We meet buyers and some users; decision makers are out of reach.",
                    "Regular contact with influencers; occasional access to decision makers.",
                    "Regular meetings with decision makers; an executive contact exists.",
                    "Open doors at C-level; the customer invites us into its strategy work.")),
            new Definition(CriterionGroup.STRENGTH, "Product quality", 30, List.of(
                    "The customer rates our products clearly below the best competitor's.",
                    "Somewhat below the best competitor; known quality issues.",
                    "On a par with the best competitor.",
                    "Better than the best competitor on the features the customer values.",
                    "Clearly the best in the customer's eyes; a reason to choose us.")),
            new Definition(CriterionGroup.STRENGTH, "Price", 20, List.of(
                    "Our prices are far above the best competitor's for the customer's need.",
                    "Noticeably dearer, and the customer says so.",
                    "Comparable total cost to the best competitor.",
                    "Better value: slightly cheaper or clearly better total cost of ownership.",
                    "The best value on the market in the customer's view.")),
            new Definition(CriterionGroup.STRENGTH, "Service", 20, List.of(
                    "Frequent complaints about our support; the competitor serves better.",
                    "Service below the best competitor's; slow answers.",
                    "Service on a par with the best competitor.",
                    "Better service: dedicated contacts, quick answers.",
                    "Service the customer cites as a model; on-site or integrated support.")),
            new Definition(CriterionGroup.STRENGTH, "Delivery", 15, List.of(
                    "Late or incomplete deliveries are common.",
                    "Delivery reliability below the best competitor's.",
                    "On time and complete as often as the best competitor.",
                    "More reliable and flexible than the best competitor.",
                    "Flawless and integrated in the customer's supply chain.")),
            new Definition(CriterionGroup.STRENGTH, "Relationship", 15, List.of(
                    "A tense or purely transactional relationship; the competitor is preferred.",
                    "Basic relationship through purchasing only.",
                    "Good relationship with several contacts, comparable to the competitor's.",
                    "Trusted relationship at several levels; we are consulted early.",
                    "A partner: joint plans, executive sponsorship on both sides.")));

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void shipWhenMissing() {
        StartupLock.hold(em);
        if (em.createQuery("select count(s) from CriteriaSet s", Long.class).getSingleResult() > 0) {
            return;
        }
        CriteriaSet set = build();
        set.checkUsable();
        set.activate();
        em.persist(set);
        LOG.info("Default selection criteria shipped as active version 1.");
    }

    /** The default set, as a new entity graph. */
    static CriteriaSet build() {
        CriteriaSet set = new CriteriaSet(1, "Default selection criteria");
        for (Definition definition : DEFINITIONS) {
            Criterion criterion = new Criterion(definition.group(), definition.name(), definition.weight());
            for (LevelDescriptor level : criterion.getLevels()) {
                level.setDescriptor(definition.bands().get((level.getScoreLevel() - 1) / 2));
            }
            set.add(criterion);
        }
        return set;
    }
}
