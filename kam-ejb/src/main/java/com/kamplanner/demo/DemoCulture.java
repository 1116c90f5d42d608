package com.kamplanner.demo;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.StageChange;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.culture.Achievement;
import com.kamplanner.culture.AchievementKind;
import com.kamplanner.culture.Audience;
import com.kamplanner.culture.MessageDraft;
import com.kamplanner.culture.ProgrammeMessage;
import com.kamplanner.culture.Recognition;
import com.kamplanner.people.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The programme's culture in the demo company: Claire Dumont's message to everyone, in English and French, and
 * David Moreau's recognition of the Airbus Helicopters team for moving the relationship up from basic to
 * cooperative (the stage change Emma Laurent recorded in September). Seeded once: nothing is added when a message
 * or a recognition exists.
 */
final class DemoCulture {

    private DemoCulture() {
    }

    /** Seeds what is missing; returns how many messages and recognitions were created. */
    static int seed(EntityManager em, Map<String, AppUser> users) {
        int made = 0;
        if (em.createQuery("select count(m) from ProgrammeMessage m", Long.class).getSingleResult() == 0) {
            em.persist(ProgrammeMessage.seeded(new MessageDraft(Audience.EVERYONE, null,
                    "Thank you all for a strong third quarter: three strategic accounts moved closer to us. "
                            + "Keep the plans rolling and tell me where you need a sponsor.",
                    "Merci à tous pour un beau troisième trimestre : trois comptes stratégiques se sont rapprochés "
                            + "de nous. Faites vivre les plans et dites-moi où il vous faut un parrain."),
                    users.get("claire.exec"), Instant.parse("2026-10-08T07:30:00Z")));
            made++;
        }
        Account airbus = em.createQuery("select a from Account a where a.name = :name", Account.class)
                .setParameter("name", "Airbus Helicopters").getResultStream().findFirst().orElse(null);
        if (airbus == null || em.createQuery("select count(r) from Recognition r", Long.class)
                .getSingleResult() > 0) {
            return made;
        }
        StageChange moved = new StageChange(airbus, RelationshipStage.BASIC, RelationshipStage.COOPERATIVE,
                "emma.kam", Instant.parse("2026-09-15T14:00:00Z"));
        em.persist(moved);
        em.flush();
        List<String> team = new ArrayList<>();
        if (airbus.getKam() != null) {
            team.add(airbus.getKam().getDisplayName());
        }
        em.createNamedQuery(TeamMembership.MEMBERS, AppUser.class).setParameter("account", airbus.getId())
                .getResultStream().map(AppUser::getDisplayName).forEach(team::add);
        Achievement achievement = new Achievement(AchievementKind.STAGE_MOVED_UP, moved.getId(), airbus.getId(),
                airbus.getName(), null, null, RelationshipStage.BASIC, RelationshipStage.COOPERATIVE, null,
                LocalDate.ofInstant(moved.getChangedAt(), ZoneId.systemDefault()));
        em.persist(Recognition.seeded(achievement, airbus, String.join(", ", team), "Engineering now calls us "
                + "first: a cooperative relationship earned workshop by workshop.", users.get("david.kad"),
                Instant.parse("2026-10-12T08:00:00Z")));
        return made + 1;
    }
}
