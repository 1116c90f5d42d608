-- The latest follow-up status of each action plan, kept on the plan itself (issue 15: the KAMs' home page).
-- FollowUpService.mine keeps the open plans: the latest update's status (latest time, then highest id), else the
-- strategy's status. Asked per plan with correlated subqueries over action_plan_update, that cost most of a KAM's
-- page load at 100,000 plans. The status is now written with each update (same transaction) and read as a plain
-- predicate; null means the plan has no update.
alter table action_plan add column follow_up_status varchar(12);

update action_plan set follow_up_status = (select u.status from action_plan_update u
        where u.action_plan_id = action_plan.id and not exists (select 1 from action_plan_update l
            where l.action_plan_id = u.action_plan_id
              and (l.at_time > u.at_time or (l.at_time = u.at_time and l.id > u.id))))
    where exists (select 1 from action_plan_update n where n.action_plan_id = action_plan.id);

-- The plans of the reader's programmes, soonest due first.
create index ix_plan_programme_due on action_plan (programme_id, due_date);
