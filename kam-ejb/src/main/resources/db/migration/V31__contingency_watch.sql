-- Contingencies that watch (issue 18, part 2). A contingency's trigger may be a monitored condition besides its
-- free text: its kind, its target (an objective's indicator, a stakeholder, an action plan as a milestone, or a
-- competitor of the Key Account Database by name), its operator, its threshold and, for a milestone, its date.
-- Targets are kept by id without a foreign key: a stakeholder leaving the map is what one condition watches for.
alter table contingency add column condition_kind varchar(24);
alter table contingency add column condition_operator varchar(8);
alter table contingency add column condition_threshold numeric(19, 4);
alter table contingency add column condition_date date;
alter table contingency add column target_id bigint;
alter table contingency add column target_name varchar(200);
-- Its state: ARMED (watching), FIRED (with when and on what value), ACKNOWLEDGED by the KAM; re-arming clears it.
alter table contingency add column watch_state varchar(12) default 'ARMED' not null;
alter table contingency add column fired_at timestamp;
alter table contingency add column fired_value numeric(19, 4);
alter table contingency add column acknowledged_at timestamp;
alter table contingency add column acknowledged_by varchar(40);

create index ix_contingency_watch on contingency (watch_state, condition_kind);

-- A contingency's prepared action plan stays dormant until the contingency fires: no dates, only offsets in days
-- from the firing day. A dormant plan is never late.
alter table action_plan add column dormant boolean default false not null;
alter table action_plan add column start_offset_days integer;
alter table action_plan add column due_offset_days integer;
