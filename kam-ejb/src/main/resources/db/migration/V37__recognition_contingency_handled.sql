-- Issue 19 §3: a team may be recognised for a contingency handled, a contingency of its account that fired and
-- that the KAM acknowledged (the evidence: the contingency, once). The published line keeps the contingency's
-- trigger, frozen when published, and the firing date as the day it was achieved.
alter table recognition drop constraint ck_recognition_achievement;
alter table recognition add constraint ck_recognition_achievement check (achievement in ('OBJECTIVE_REACHED',
    'PLAN_APPROVED_ON_TIME', 'STAGE_MOVED_UP', 'CONTINGENCY_HANDLED'));
alter table recognition add column contingency_trigger varchar(1000);
