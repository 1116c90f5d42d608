-- The Key Account Plan (issue 6): one rolling plan per key account, its numbered versions (working, submitted,
-- approved, returned with comments, superseded) with the snapshot each submitted or approved version renders
-- from, the history of submissions and reviews, the compliance level the KA Director requires per segment,
-- and the follow-up of the action plans over time: status updates, comments, indicator actuals and the last
-- visit of each KA team member to the plan's team page.

create sequence key_account_plan_seq start with 50 increment by 50;

create table key_account_plan (
    id          bigint    not null primary key,
    account_id  bigint    not null,
    created_at  timestamp not null,
    version     bigint    not null default 0,
    constraint uq_key_account_plan_account unique (account_id),
    constraint fk_key_account_plan_account foreign key (account_id) references account (id) on delete cascade
);

create sequence plan_version_seq start with 50 increment by 50;

create table plan_version (
    id             bigint         not null primary key,
    plan_id        bigint         not null,
    version_number integer        not null,
    period_start   date           not null,
    period_end     date           not null,
    status         varchar(12)    not null,
    summary        varchar(4000),
    created_at     timestamp      not null,
    created_by     varchar(40)    not null,
    approved_at    timestamp,
    approved_by    varchar(40),
    snapshot       varchar(200000),
    version        bigint         not null default 0,
    constraint uq_plan_version_number unique (plan_id, version_number),
    constraint fk_plan_version_plan foreign key (plan_id) references key_account_plan (id) on delete cascade,
    constraint ck_plan_version_status check (status in ('WORKING', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED'))
);

create sequence plan_event_seq start with 50 increment by 50;

-- Who submitted, returned (with the comments), approved or superseded a version, and when.
create table plan_event (
    id          bigint        not null primary key,
    version_id  bigint        not null,
    kind        varchar(12)   not null,
    actor       varchar(40)   not null,
    at_time     timestamp     not null,
    comments    varchar(4000),
    version     bigint        not null default 0,
    constraint fk_plan_event_version foreign key (version_id) references plan_version (id) on delete cascade,
    constraint ck_plan_event_kind check (kind in ('SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED'))
);
create index ix_plan_event_version on plan_event (version_id);

-- The compliance with the plan template the KA Director requires per segment, in percent of the template's fields.
create table plan_requirement (
    segment             varchar(20) not null primary key,
    minimum_compliance  integer     not null,
    version             bigint      not null default 0,
    constraint ck_plan_requirement_range check (minimum_compliance between 0 and 100)
);
insert into plan_requirement (segment, minimum_compliance)
values ('STRATEGIC', 90), ('STAR', 80), ('STATUS', 60), ('STREAMLINE', 50);

create sequence action_plan_update_seq start with 50 increment by 50;

create table action_plan_update (
    id              bigint        not null primary key,
    action_plan_id  bigint        not null,
    status          varchar(12)   not null,
    progress        integer       not null,
    comments        varchar(2000),
    author          varchar(40)   not null,
    at_time         timestamp     not null,
    version         bigint        not null default 0,
    constraint fk_plan_update_action_plan foreign key (action_plan_id) references action_plan (id) on delete cascade,
    constraint ck_plan_update_status check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE', 'CANCELLED')),
    constraint ck_plan_update_progress check (progress between 0 and 100)
);
create index ix_plan_update_action_plan on action_plan_update (action_plan_id, at_time);

create sequence action_plan_comment_seq start with 50 increment by 50;

create table action_plan_comment (
    id              bigint        not null primary key,
    action_plan_id  bigint        not null,
    author          varchar(40)   not null,
    at_time         timestamp     not null,
    body            varchar(2000) not null,
    version         bigint        not null default 0,
    constraint fk_plan_comment_action_plan foreign key (action_plan_id) references action_plan (id) on delete cascade
);
create index ix_plan_comment_action_plan on action_plan_comment (action_plan_id, at_time);

create sequence indicator_actual_seq start with 50 increment by 50;

create table indicator_actual (
    id            bigint         not null primary key,
    objective_id  bigint         not null,
    period_end    date           not null,
    actual_value  numeric(19, 4) not null,
    recorded_by   varchar(40)    not null,
    recorded_at   timestamp      not null,
    version       bigint         not null default 0,
    constraint uq_indicator_actual_period unique (objective_id, period_end),
    constraint fk_indicator_actual_objective foreign key (objective_id) references objective (id) on delete cascade
);

create sequence plan_visit_seq start with 50 increment by 50;

create table plan_visit (
    id          bigint      not null primary key,
    account_id  bigint      not null,
    username    varchar(40) not null,
    visited_at  timestamp   not null,
    version     bigint      not null default 0,
    constraint uq_plan_visit unique (account_id, username),
    constraint fk_plan_visit_account foreign key (account_id) references account (id) on delete cascade
);
