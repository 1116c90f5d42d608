package com.kamplanner.executive;

import com.kamplanner.competency.ProfileService;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The programme's people in aggregate, for executives, the KA Director and HR: KAM headcount, how key accounts
 * spread over KAMs (counted in the database), and the competency averages per area against the target, taken
 * from the competency module ({@link ProfileService}), which keeps individual profiles private.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.HR})
public class ExecutivePeople {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileService profiles;

    public PeopleFigures figures(Locale locale) {
        long headcount = em.createNamedQuery(AppUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.KAM).getSingleResult();
        return new PeopleFigures(headcount, kamsHolding(), profiles.areaAverages(locale), profiles.areaTargets(locale),
                profiles.assessedKams());
    }

    /** Number of key accounts held → number of active KAMs holding that many (zero included). */
    Map<Long, Long> kamsHolding() {
        Map<Long, Long> histogram = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select t.held, count(*) from (select u.id, count(a.id) as held "
                + "from app_user u join app_user_role r on r.user_id = u.id and r.role = 'KAM' "
                + "left join account a on a.kam_id = u.id and a.key_account = true where u.enabled = true "
                + "group by u.id) t group by t.held order by t.held").getResultList()) {
            Object[] cells = (Object[]) row;
            histogram.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return histogram;
    }
}
