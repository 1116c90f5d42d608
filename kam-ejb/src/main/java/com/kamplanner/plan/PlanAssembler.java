package com.kamplanner.plan;

import com.kamplanner.account.Account;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.Contingency;
import com.kamplanner.strategy.Indicator;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.Strategy;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a version's content from the live data: the account (stages, team, sponsor), the Key Account Database
 * (customer priorities), the strategy (orientation, objective tree, programmes, contingencies, vision and
 * mission) and the follow-up (latest status of each action plan, indicator actuals); then applies
 * {@link CarryOver} for the version's period and places the milestones on the {@link Horizon}.
 */
final class PlanAssembler {

    private final EntityManager em;
    private final ZoneId zone = ZoneId.systemDefault();

    PlanAssembler(EntityManager em) {
        this.em = em;
    }

    PlanContent assemble(Account account, PlanVersion version, List<String> priorities, LocalDate today) {
        PlanContent c = new PlanContent();
        c.setAccountId(account.getId());
        c.setAccountName(account.getName());
        c.setSegment(account.getSegment() == null ? null : account.getSegment().name());
        // The names, not the users: a user entity costs a second statement for its roles
        Object[] names = em.createQuery("select k.displayName, p.displayName from Account a left join a.kam k "
                + "left join a.sponsor p where a.id = :id", Object[].class).setParameter("id", account.getId())
                .getSingleResult();
        c.setKamName((String) names[0]);
        c.setSponsorName((String) names[1]);
        c.setVersionNumber(version.getNumber());
        c.setStatus(version.getStatus().name());
        c.setPeriodStart(version.getPeriodStart());
        c.setPeriodEnd(version.getPeriodEnd());
        c.setHorizonEnd(Horizon.end(version.getPeriodStart()));
        com.kamplanner.strategy.StrategyTemplate template = com.kamplanner.strategy.StrategyTemplates.rules(em)
                .templateFor(account.getSegment());
        c.setStrategicHorizonYears(template.isHorizonChecked() ? template.getHorizonYears() : null);
        c.setAssembledAt(Instant.now());
        c.setSummary(version.getSummary());
        c.setCustomerPriorities(new ArrayList<>(priorities));
        c.setCurrentStage(account.getCurrentStage() == null ? null : account.getCurrentStage().name());
        c.setTargetStage(account.getTargetStage() == null ? null : account.getTargetStage().name());
        for (Object[] m : em.createQuery("select u.displayName, m.teamRole, u.external from TeamMembership m "
                + "join m.member u where m.account.id = :account order by u.displayName", Object[].class)
                .setParameter("account", account.getId()).getResultList()) {
            TeamItem item = new TeamItem();
            item.setName((String) m[0]);
            item.setRole((String) m[1]);
            item.setExternal((Boolean) m[2]);
            c.getTeam().add(item);
        }
        com.kamplanner.strategy.StrategyRecords.find(em, account.getId()).ifPresent(s -> strategy(c, s, today));
        CarryOver.apply(c, version.getPeriodStart());
        c.setMilestones(Horizon.milestones(c));
        return c;
    }

    private void strategy(PlanContent c, Strategy s, LocalDate today) {
        c.setVision(s.getVision());
        c.setMission(s.getMission());
        if (s.getOrientation() != null && s.getOrientation().getDirection() != null) {
            c.setDirection(s.getOrientation().getDirection().name());
            c.setOrientationStatement(s.getOrientation().getStatement());
            c.setOrientationJustification(s.getOrientation().getJustification());
        }
        // read before the strategy's objectives: by id, or each objective would be loaded again, one by one
        Map<Long, Map<LocalDate, BigDecimal>> actuals = IndicatorActual.byObjective(em, c.getAccountId());
        for (Objective root : s.getRootObjectives()) {
            addObjective(c, s, root, 0, actuals);
        }
        Map<Long, ActionPlanUpdate> latest = latestUpdates(s);
        Map<Long, String[]> owners = owners(s);
        for (ActionProgramme programme : s.getProgrammes()) {
            ProgrammeItem item = new ProgrammeItem();
            item.setId(programme.getId());
            item.setName(programme.getName());
            item.setDescription(programme.getDescription());
            for (ActionPlan plan : programme.getPlans()) {
                item.getPlans().add(actionPlan(plan, latest.get(plan.getId()), owners.get(plan.getId()), today));
            }
            c.getProgrammes().add(item);
        }
        for (Contingency contingency : s.getContingencies()) {
            ContingencyItem item = new ContingencyItem();
            item.setTrigger(contingency.getTrigger());
            item.setResponse(contingency.getResponse());
            if (contingency.isWatching()) {
                item.setConditionKind(contingency.getCondition().getKind().name());
                item.setTargetName(contingency.getCondition().getTargetName());
                item.setState(contingency.getState().name());
                item.setFiredAt(contingency.getFiredAt());
                item.setFiredValue(contingency.getFiredValue());
            }
            c.getContingencies().add(item);
        }
    }

    private void addObjective(PlanContent c, Strategy s, Objective o, int depth,
                              Map<Long, Map<LocalDate, BigDecimal>> actuals) {
        ObjectiveItem item = new ObjectiveItem();
        item.setId(o.getId());
        item.setParentId(o.getParent() == null ? null : o.getParent().getId());
        item.setLevel(o.getLevel().name());
        item.setDepth(depth);
        item.setTitle(o.getTitle());
        item.setDescription(o.getDescription());
        Indicator indicator = o.getIndicator();
        item.setIndicatorName(indicator.getName());
        item.setUnit(indicator.getUnit());
        item.setBaseline(indicator.getBaseline());
        item.setTarget(indicator.getTarget());
        item.setTargetDate(indicator.getTargetDate());
        Map<LocalDate, BigDecimal> values = actuals.getOrDefault(o.getId(), Map.of());
        if (!values.isEmpty()) {
            item.setLatestActual(new TreeMap<>(values).lastEntry().getValue());
        }
        item.setMetOn(CarryOver.metOn(indicator.getBaseline(), indicator.getTarget(), values));
        c.getObjectives().add(item);
        for (Objective child : s.childrenOf(o)) {
            addObjective(c, s, child, depth + 1, actuals);
        }
    }

    /** Each action plan's owner as {display name, user name}, by plan id: the names, not the users and their roles. */
    private Map<Long, String[]> owners(Strategy s) {
        Map<Long, String[]> map = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, o.displayName, o.username from ActionPlan p join p.owner o "
                + "where p.programme.strategy = :s", Object[].class).setParameter("s", s).getResultList()) {
            map.put((Long) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        return map;
    }

    private ActionPlanItem actionPlan(ActionPlan plan, ActionPlanUpdate update, String[] owner, LocalDate today) {
        ActionPlanItem item = new ActionPlanItem();
        item.setId(plan.getId());
        item.setTitle(plan.getTitle());
        item.setKind(plan.getKind().name());
        item.setObjectiveTitle(plan.getObjective() == null ? null : plan.getObjective().getTitle());
        item.setOwnerName(owner == null ? null : owner[0]);
        item.setOwnerUsername(owner == null ? null : owner[1]);
        item.setStartDate(plan.getStartDate());
        item.setDueDate(plan.getDueDate());
        item.setDormant(plan.isDormant());
        FollowUpStatus recorded = update != null ? update.getStatus() : FollowUpMapping.fromStrategy(plan.getStatus());
        FollowUpStatus status = FollowUpStatus.effective(recorded, plan.getDueDate(), today);
        item.setStatus(status.name());
        item.setProgress(update != null ? update.getProgress() : recorded == FollowUpStatus.DONE ? 100 : 0);
        if (status.isClosed()) {
            item.setClosedOn(update != null ? LocalDate.ofInstant(update.getAt(), zone) : plan.getDueDate());
        }
        return item;
    }

    private Map<Long, ActionPlanUpdate> latestUpdates(Strategy s) {
        Map<Long, ActionPlanUpdate> map = new HashMap<>();
        for (Object[] row : em.createQuery("select u, u.actionPlan.id from ActionPlanUpdate u where "
                + "u.actionPlan.programme.strategy = :s order by u.at desc, u.id desc", Object[].class)
                .setParameter("s", s).getResultList()) {
            map.putIfAbsent((Long) row[1], (ActionPlanUpdate) row[0]);
        }
        return map;
    }
}
