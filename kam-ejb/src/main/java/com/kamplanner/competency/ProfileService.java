package com.kamplanner.competency;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads competency profiles under the privacy rules of {@link CompetencyPrivacy}: one KAM's profile (HR, the
 * KA Director, the KAM themself; logged when read by someone else), the heat map and who is below target (HR and
 * the KA Director), averages per area with no names (also for executives), and the fit of a KAM to an account.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.KAM})
public class ProfileService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    FrameworkService frameworks;

    @Inject
    QuadrantLookup quadrants;

    public CompetencyProfile profile(long kamId, Locale locale) {
        AppUser kam = privacy.readProfileOf(kamId, "profile");
        return build(kam, locale);
    }

    /** The calling KAM's own profile. */
    @RolesAllowed(Role.Names.KAM)
    public CompetencyProfile myProfile(Locale locale) {
        return profile(privacy.caller().getId(), locale);
    }

    /** Every KAM's profile, for the HR overview (heat map, below target); HR and the KA Director only. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public List<CompetencyProfile> allProfiles(Locale locale) {
        List<CompetencyProfile> profiles = new ArrayList<>();
        for (AppUser kam : kams()) {
            privacy.logRead(kam, "overview");
            profiles.add(build(kam, locale));
        }
        return profiles;
    }

    /** Average validated level per area across all KAMs, without names: what executives may see. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public Map<String, Double> areaAverages(Locale locale) {
        CompetencyFramework framework = frameworks.active();
        Map<String, String> areaOf = new LinkedHashMap<>();
        framework.getAreas().forEach(a -> a.getCompetencies().forEach(c -> areaOf.put(c.getCode(), a.name(locale))));
        List<Map<String, Integer>> levels = new ArrayList<>();
        for (AppUser kam : kams()) {
            List<Assessment> history = History.validated(em, kam.getId());
            if (!history.isEmpty()) {
                levels.add(History.finalLevels(history.get(0)));
            }
        }
        return GapAnalysis.areaAverages(areaOf, levels);
    }

    /**
     * The KAM target profile (the one for every segment) averaged per area, in the same shape as
     * {@link #areaAverages}, so that a reader sees the averages against the target without any name.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public Map<String, Double> areaTargets(Locale locale) {
        CompetencyFramework framework = frameworks.active();
        Map<String, String> areaOf = new LinkedHashMap<>();
        framework.getAreas().forEach(a -> a.getCompetencies().forEach(c -> areaOf.put(c.getCode(), a.name(locale))));
        Map<String, Integer> target = frameworks.targetFor(framework.getId(), Set.of());
        return GapAnalysis.areaAverages(areaOf, target.isEmpty() ? List.of() : List.of(target));
    }

    /** How many KAMs the averages are made of, so that a reader can judge them. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public long assessedKams() {
        return em.createQuery("select count(distinct a.kam) from Assessment a where a.status = :v", Long.class)
                .setParameter("v", Assessment.Status.VALIDATED).getSingleResult();
    }

    /**
     * The fit of a KAM to an account's segment, for the KA Director about to assign them: which competencies fall
     * short of that segment's target. Advice only; the read is logged like any other.
     */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public AccountFit fit(long kamId, long accountId, Locale locale) {
        AppUser kam = privacy.readProfileOf(kamId, "fit");
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        Quadrant segment = account.getSegment() != null ? account.getSegment()
                : quadrants.quadrantOf(accountId).orElse(null);
        CompetencyFramework framework = frameworks.active();
        Map<String, Integer> target = frameworks.targetFor(framework.getId(),
                segment == null ? Set.of() : EnumSet.of(segment));
        List<Assessment> history = History.validated(em, kam.getId());
        Map<String, Integer> levels = history.isEmpty() ? Map.of() : History.finalLevels(history.get(0));
        AccountFit fit = AccountFit.of(kam.getDisplayName(), segment, levels, target);
        return fit;
    }

    /** Competency names of the active framework in the reader's language, by code. */
    public Map<String, String> competencyNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        frameworks.active().competencies().forEach(c -> names.put(c.getCode(), c.name(locale)));
        return names;
    }

    private List<AppUser> kams() {
        return em.createQuery("select u from AppUser u join u.roles r where r = :role and u.enabled = true "
                + "order by u.displayName", AppUser.class).setParameter("role", Role.KAM).getResultList();
    }

    private CompetencyProfile build(AppUser kam, Locale locale) {
        List<Assessment> history = History.validated(em, kam.getId());
        Assessment last = history.isEmpty() ? null : history.get(0);
        Assessment previous = history.size() < 2 ? null : history.get(1);
        CompetencyFramework framework = last == null ? frameworks.active()
                : frameworks.find(last.getCampaign().getFramework().getId());
        Set<Quadrant> segments = History.segmentsHeld(em, quadrants, kam.getId());
        Map<String, Integer> target = frameworks.targetFor(framework.getId(), segments);
        Map<String, Integer> current = History.finalLevels(last);
        Map<String, Integer> trend = GapAnalysis.trend(current, History.finalLevels(previous));
        Map<String, Integer> self = last == null ? Map.of() : History.selfLevels(last);
        Map<String, Integer> manager = last == null ? Map.of() : History.managerLevels(last);
        List<ProfileLine> lines = new ArrayList<>();
        for (Competency c : framework.competencies()) {
            String code = c.getCode();
            lines.add(new ProfileLine(code, c.getArea().name(locale), c.name(locale), current.get(code),
                    target.get(code), trend.get(code), self.get(code), manager.get(code)));
        }
        List<DevelopmentAction> plan = em.createQuery("select d from DevelopmentAction d where d.kam.id = :kam "
                + "order by d.dueDate, d.id", DevelopmentAction.class).setParameter("kam", kam.getId())
                .getResultList();
        return new CompetencyProfile(kam.getId(), kam.getDisplayName(), last == null ? null : last.getCampaign().getName(),
                previous == null ? null : previous.getCampaign().getName(), framework.getNumber(), segments, lines,
                GapAnalysis.gaps(current, target), plan, history);
    }
}
