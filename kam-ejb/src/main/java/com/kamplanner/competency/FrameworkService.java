package com.kamplanner.competency;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competency framework versions and their target profiles. HR (with the KA Director) drafts a new version
 * from the active one and activates it; the previous one is archived but stays readable for the campaigns that
 * used it. Everyone who takes part in assessments reads the framework; it holds nothing personal.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.EXECUTIVE})
public class FrameworkService {

    public static final String NO_ACTIVE = "competency.framework.noActive";
    public static final String DRAFT_EXISTS = "competency.framework.draftExists";
    public static final String NOT_DRAFT = "competency.framework.notDraft";
    public static final String DESCRIPTOR_REQUIRED = "competency.framework.descriptorRequired";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public CompetencyFramework active() {
        return withStatus(LifecycleStatus.ACTIVE).stream().findFirst().map(this::loaded)
                .orElseThrow(() -> new BusinessRuleException(NO_ACTIVE));
    }

    public CompetencyFramework find(long id) {
        CompetencyFramework framework = em.find(CompetencyFramework.class, id);
        if (framework == null) {
            throw new NotFoundException();
        }
        return loaded(framework);
    }

    public List<CompetencyFramework> list() {
        return em.createQuery("select f from CompetencyFramework f order by f.lifecycle.number desc",
                        CompetencyFramework.class)
                .getResultList();
    }

    /** A new draft version, a copy of the active one with its target profiles, for HR to adapt. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public CompetencyFramework newDraftFromActive() {
        versions().refuseSecondDraft(CompetencyFramework.class, VersionScope.all(), DRAFT_EXISTS);
        CompetencyFramework active = active();
        int number = versions().nextNumber(CompetencyFramework.class, VersionScope.all());
        CompetencyFramework draft = new CompetencyFramework(number, active.getName());
        for (CompetencyArea area : active.getAreas()) {
            CompetencyArea copy = draft.addArea(area.getCode(), area.getNameEn(), area.getNameFr());
            for (Competency competency : area.getCompetencies()) {
                Competency c = copy.addCompetency(competency.getCode(), competency.getNameEn(), competency.getNameFr());
                competency.getLevels().forEach(l -> c.describeLevel(l.getLevel(), l.getEn(), l.getFr()));
                competency.getIndicators().forEach(i -> c.addIndicator(i.getEn(), i.getFr()));
            }
        }
        em.persist(draft);
        for (TargetProfile profile : targetProfiles(active.getId())) {
            TargetProfile copy = new TargetProfile(draft, profile.getRole(), profile.getSegment());
            profile.getRequiredLevels().forEach(copy::require);
            em.persist(copy);
        }
        audit.record(AuditAction.COMPETENCY_FRAMEWORK_DRAFTED, "CompetencyFramework", draft.getId(),
                "from v" + active.getNumber());
        return draft;
    }

    /** Rewrites a level descriptor of a draft; active and archived versions never change. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public void describeLevel(long frameworkId, long frameworkVersion, String code, int level, String en, String fr) {
        CompetencyFramework framework = find(frameworkId);
        framework.getLifecycle().requireDraft(NOT_DRAFT);
        OptimisticSave.expectVersion(framework.getVersion(), frameworkVersion);
        AssessmentRules.checkLevel(code, level);
        if (en == null || en.isBlank() || fr == null || fr.isBlank()) {
            throw new BusinessRuleException(DESCRIPTOR_REQUIRED);
        }
        Competency competency = framework.competency(code).orElseThrow(NotFoundException::new);
        competency.describeLevel(level, en.trim(), fr.trim());
        em.lock(framework, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.COMPETENCY_FRAMEWORK_LEVEL_DESCRIBED, "CompetencyFramework", frameworkId,
                code + " " + level);
    }

    /** Sets the level a target profile of a draft requires in a competency; active and archived versions never change. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public TargetProfile requireLevel(long targetProfileId, long profileVersion, String code, int level) {
        TargetProfile profile = targetProfile(targetProfileId);
        CompetencyFramework framework = profile.getFramework();
        framework.getLifecycle().requireDraft(NOT_DRAFT);
        OptimisticSave.expectVersion(profile.getVersion(), profileVersion);
        AssessmentRules.checkLevel(code, level);
        if (find(framework.getId()).competency(code).isEmpty()) {
            throw new NotFoundException();
        }
        profile.require(code, level);
        TargetProfile saved = OptimisticSave.save(em, profile);
        em.lock(saved, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.COMPETENCY_TARGET_LEVEL_REQUIRED, "TargetProfile", targetProfileId,
                code + " " + level);
        return saved;
    }

    /** The draft version being prepared, if any. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public java.util.Optional<CompetencyFramework> draft() {
        return withStatus(LifecycleStatus.DRAFT).stream().findFirst().map(this::loaded);
    }

    /** Activates a draft: the active version is archived, and new campaigns use the new one. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public CompetencyFramework activate(long frameworkId, long frameworkVersion) {
        CompetencyFramework draft = find(frameworkId);
        OptimisticSave.expectVersion(draft.getVersion(), frameworkVersion);
        return versions().activate(CompetencyFramework.class, draft, VersionScope.all(),
                AuditAction.COMPETENCY_FRAMEWORK_ACTIVATED, () -> "v" + draft.getNumber());
    }

    public List<TargetProfile> targetProfiles(long frameworkId) {
        return em.createQuery("select t from TargetProfile t where t.framework.id = :f order by t.segment",
                TargetProfile.class).setParameter("f", frameworkId).getResultList();
    }

    public TargetProfile targetProfile(long id) {
        TargetProfile profile = em.find(TargetProfile.class, id);
        if (profile == null) {
            throw new NotFoundException();
        }
        return profile;
    }

    /**
     * The target of a KAM under a framework: the role's requirement, raised by the requirement of every segment
     * of the accounts they hold.
     */
    public Map<String, Integer> targetFor(long frameworkId, Collection<Quadrant> segmentsHeld) {
        List<Map<String, Integer>> parts = new ArrayList<>();
        for (TargetProfile profile : targetProfiles(frameworkId)) {
            if (profile.getRole() == Role.KAM
                    && (profile.getSegment() == null || segmentsHeld.contains(profile.getSegment()))) {
                parts.add(profile.getRequiredLevels());
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        Map<String, Integer> combined = GapAnalysis.strictest(parts);
        find(frameworkId).codes().filter(combined::containsKey).forEach(c -> ordered.put(c, combined.get(c)));
        return ordered;
    }

    private List<CompetencyFramework> withStatus(LifecycleStatus status) {
        return versions().withStatus(CompetencyFramework.class, VersionScope.all(), status);
    }

    private Versions versions() {
        return new Versions(em, audit::record);
    }

    private CompetencyFramework loaded(CompetencyFramework framework) {
        framework.getAreas().forEach(a -> a.getCompetencies().forEach(c -> {
            c.getLevels().size();
            c.getIndicators().size();
        }));
        return framework;
    }
}
