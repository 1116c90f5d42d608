package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.competency.CompetencyFramework;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one numbering and activation of versioned artefacts, on the Flyway schema (H2, or PostgreSQL with
 * {@code -Ppostgres}): numbers follow the highest of their scope, activation archives only the version in force
 * in the same scope, and the audit names the version's id.
 */
@Tag(MigratedDatabase.TAG)
class VersionsTest {

    private final List<String> audited = new ArrayList<>();
    private EntityManagerFactory factory;
    private EntityManager em;
    private Versions versions;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("versions");
        em = factory.createEntityManager();
        versions = new Versions(em, (action, type, id, detail) -> audited.add(action.code() + " " + type + " " + id
                + " " + detail));
        em.getTransaction().begin();
    }

    @AfterEach
    void close() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
        factory.close();
    }

    @Test
    void theFirstVersionIsOneAndEachNextFollowsTheHighestOfItsScope() {
        VersionScope plans = VersionScope.all().and("kind", DocumentKind.PLAN);
        VersionScope databases = VersionScope.all().and("kind", DocumentKind.KEY_ACCOUNT_DATABASE);
        assertEquals(1, versions.nextNumber(DocumentTemplate.class, plans));
        em.persist(new DocumentTemplate(DocumentKind.PLAN, 1, "Plan"));
        em.persist(new DocumentTemplate(DocumentKind.PLAN, 7, "Plan, later"));
        assertEquals(8, versions.nextNumber(DocumentTemplate.class, plans));
        assertEquals(1, versions.nextNumber(DocumentTemplate.class, databases), "another kind counts apart");
        em.persist(new CompetencyFramework(2, "Framework"));
        assertEquals(3, versions.nextNumber(CompetencyFramework.class, VersionScope.all()));
    }

    @Test
    void activatingArchivesTheVersionInForceInTheSameScopeOnlyAndAuditsTheId() {
        DocumentTemplate forAll = active(DefaultDatabaseTemplate.build());
        DocumentTemplate forStreamline = DefaultDatabaseTemplate.build().copyAsDraft(2, "Streamline");
        forStreamline.setSegment(Quadrant.STREAMLINE);
        active(forStreamline);
        DocumentTemplate next = forAll.copyAsDraft(3, "Next for all");

        versions.activate(DocumentTemplate.class, next, scopeOf(next), AuditAction.TEMPLATE_ACTIVATE,
                () -> "all segments");
        em.getTransaction().commit();

        EntityManager reader = factory.createEntityManager();
        assertEquals(LifecycleStatus.ARCHIVED, reader.find(DocumentTemplate.class, forAll.getId()).getStatus());
        assertEquals(LifecycleStatus.ACTIVE, reader.find(DocumentTemplate.class, forStreamline.getId()).getStatus(),
                "another segment's version stays in force");
        DocumentTemplate activated = reader.find(DocumentTemplate.class, next.getId());
        assertEquals(LifecycleStatus.ACTIVE, activated.getStatus());
        assertEquals(3, activated.getNumber());
        assertEquals(List.of("template.activate DocumentTemplate " + next.getId() + " all segments"), audited);
        reader.close();
    }

    @Test
    void onlyADraftThatPassesItsOwnCheckIsActivated() {
        DocumentTemplate inForce = active(DefaultDatabaseTemplate.build());
        BusinessRuleException notDraft = assertThrows(BusinessRuleException.class, () -> versions.activate(
                DocumentTemplate.class, inForce, scopeOf(inForce), AuditAction.TEMPLATE_ACTIVATE, () -> ""));
        assertEquals("template.notDraft", notDraft.messageKey());

        CriteriaSet empty = new CriteriaSet(1, "No criteria");
        em.persist(empty);
        BusinessRuleException unusable = assertThrows(BusinessRuleException.class, () -> versions.activate(
                CriteriaSet.class, empty, VersionScope.all(), AuditAction.CRITERIA_ACTIVATE, () -> ""));
        assertEquals("criteria.group.empty.ATTRACTIVENESS", unusable.messageKey());
        assertEquals(LifecycleStatus.DRAFT, empty.getStatus());
        assertEquals(List.of(), audited, "nothing is audited when nothing changed");
    }

    @Test
    void aSecondDraftIsRefusedWithTheArtefactsOwnKey() {
        versions.refuseSecondDraft(CompetencyFramework.class, VersionScope.all(), "framework.draftExists");
        em.persist(new CompetencyFramework(1, "Being prepared"));
        BusinessRuleException second = assertThrows(BusinessRuleException.class, () -> versions.refuseSecondDraft(
                CompetencyFramework.class, VersionScope.all(), "framework.draftExists"));
        assertEquals("framework.draftExists", second.messageKey());
    }

    private DocumentTemplate active(DocumentTemplate template) {
        template.activate();
        em.persist(template);
        em.flush();
        return template;
    }

    private static VersionScope scopeOf(DocumentTemplate template) {
        return VersionScope.all().and("kind", template.getKind()).and("segment", template.getSegment());
    }
}
