-- Strategy formulation (the second process step, "where do we want to go?"): one strategy per account with its
-- situation potentials (SWOT) and their citations of the Key Account Database, the TOWS options that pair them,
-- the strategic orientation, the objective tree with one indicator per objective, the action programmes and
-- their action plans, the vision and the mission, the contingencies, and who of the KA team may write it.

create sequence strategy_seq start with 50 increment by 50;

create table strategy (
    id                        bigint        not null primary key,
    account_id                bigint        not null,
    direction                 varchar(20),
    orientation_statement     varchar(1000),
    orientation_justification varchar(2000),
    vision                    varchar(2000),
    mission                   varchar(2000),
    updated_at                timestamp     not null,
    updated_by                varchar(40),
    version                   bigint        not null default 0,
    constraint uq_strategy_account unique (account_id),
    constraint fk_strategy_account foreign key (account_id) references account (id) on delete cascade,
    constraint ck_strategy_direction check (direction in
        ('INVEST_FOR_GROWTH', 'INVEST_SELECTIVELY', 'MAINTAIN', 'MANAGE_FOR_CASH'))
);

create sequence situation_potential_seq start with 50 increment by 50;

create table situation_potential (
    id           bigint       not null primary key,
    strategy_id  bigint       not null,
    kind         varchar(12)  not null,
    statement    varchar(500) not null,
    position     integer      not null default 0,
    version      bigint       not null default 0,
    constraint fk_potential_strategy foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint ck_potential_kind check (kind in ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT'))
);
create index ix_potential_strategy on situation_potential (strategy_id, kind);

-- Where a potential comes from: a field of the Key Account Database or a stakeholder, with the link back.
create table potential_citation (
    potential_id   bigint       not null,
    position       integer      not null,
    source         varchar(12)  not null,
    section_key    varchar(60),
    field_key      varchar(80),
    stakeholder_id bigint,
    label          varchar(300) not null,
    link           varchar(500),
    constraint pk_potential_citation primary key (potential_id, position),
    constraint fk_citation_potential foreign key (potential_id) references situation_potential (id) on delete cascade,
    constraint ck_citation_source check (source in ('FIELD', 'STAKEHOLDER'))
);

create sequence tows_option_seq start with 50 increment by 50;

create table tows_option (
    id             bigint       not null primary key,
    strategy_id    bigint       not null,
    option_type    varchar(2)   not null,
    statement      varchar(500) not null,
    attractiveness integer,
    feasibility    integer,
    version        bigint       not null default 0,
    constraint fk_tows_strategy foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint ck_tows_type check (option_type in ('SO', 'ST', 'WO', 'WT')),
    constraint ck_tows_attractiveness check (attractiveness between 1 and 5),
    constraint ck_tows_feasibility check (feasibility between 1 and 5)
);
create index ix_tows_strategy on tows_option (strategy_id);

create table tows_option_potential (
    option_id    bigint not null,
    potential_id bigint not null,
    constraint pk_tows_option_potential primary key (option_id, potential_id),
    constraint fk_top_option foreign key (option_id) references tows_option (id) on delete cascade,
    constraint fk_top_potential foreign key (potential_id) references situation_potential (id) on delete cascade
);

create sequence objective_seq start with 50 increment by 50;

create table objective (
    id                    bigint         not null primary key,
    strategy_id           bigint         not null,
    objective_level       varchar(12)    not null,
    title                 varchar(300)   not null,
    description           varchar(2000),
    parent_id             bigint,
    customer_priority     varchar(500),
    start_date            date,
    indicator_name        varchar(200),
    indicator_unit        varchar(40),
    indicator_baseline    numeric(19, 4),
    indicator_target      numeric(19, 4),
    indicator_target_date date,
    position              integer        not null default 0,
    version               bigint         not null default 0,
    constraint fk_objective_strategy foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint fk_objective_parent foreign key (parent_id) references objective (id) on delete cascade,
    constraint ck_objective_level check (objective_level in ('STRATEGIC', 'OPERATIONAL', 'SUPPORTING'))
);
create index ix_objective_strategy on objective (strategy_id);
create index ix_objective_parent on objective (parent_id);

create table objective_tows_option (
    objective_id bigint not null,
    option_id    bigint not null,
    constraint pk_objective_tows_option primary key (objective_id, option_id),
    constraint fk_oto_objective foreign key (objective_id) references objective (id) on delete cascade,
    constraint fk_oto_option foreign key (option_id) references tows_option (id) on delete cascade
);

create sequence action_programme_seq start with 50 increment by 50;

create table action_programme (
    id          bigint        not null primary key,
    strategy_id bigint        not null,
    name        varchar(200)  not null,
    description varchar(2000),
    position    integer       not null default 0,
    version     bigint        not null default 0,
    constraint fk_programme_strategy foreign key (strategy_id) references strategy (id) on delete cascade
);
create index ix_programme_strategy on action_programme (strategy_id);

create sequence action_plan_seq start with 50 increment by 50;

create table action_plan (
    id           bigint         not null primary key,
    programme_id bigint         not null,
    title        varchar(300)   not null,
    kind         varchar(12)    not null,
    objective_id bigint,
    owner_id     bigint,
    start_date   date,
    due_date     date,
    resources    varchar(1000),
    budget       numeric(19, 2),
    status       varchar(12)    not null,
    version      bigint         not null default 0,
    constraint fk_plan_programme foreign key (programme_id) references action_programme (id) on delete cascade,
    constraint fk_plan_objective foreign key (objective_id) references objective (id) on delete set null,
    constraint fk_plan_owner foreign key (owner_id) references app_user (id) on delete set null,
    constraint ck_plan_kind check (kind in ('CONTRACTUAL', 'RELATIONAL')),
    constraint ck_plan_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'CANCELLED')),
    constraint ck_plan_budget check (budget >= 0)
);
create index ix_plan_programme on action_plan (programme_id);
create index ix_plan_objective on action_plan (objective_id);

create sequence contingency_seq start with 50 increment by 50;

create table contingency (
    id            bigint        not null primary key,
    strategy_id   bigint        not null,
    trigger_event varchar(1000) not null,
    response      varchar(2000) not null,
    version       bigint        not null default 0,
    constraint fk_contingency_strategy foreign key (strategy_id) references strategy (id) on delete cascade
);
create index ix_contingency_strategy on contingency (strategy_id);

create table contingency_action_plan (
    contingency_id bigint not null,
    plan_id        bigint not null,
    constraint pk_contingency_action_plan primary key (contingency_id, plan_id),
    constraint fk_cap_contingency foreign key (contingency_id) references contingency (id) on delete cascade,
    constraint fk_cap_plan foreign key (plan_id) references action_plan (id) on delete cascade
);

-- The KAM lets members of the account's KA team write the strategy; the grant is kept until revoked.
create sequence strategy_grant_seq start with 50 increment by 50;

create table strategy_grant (
    id         bigint      not null primary key,
    account_id bigint      not null,
    user_id    bigint      not null,
    granted_by varchar(40) not null,
    granted_at timestamp   not null,
    version    bigint      not null default 0,
    constraint uq_strategy_grant unique (account_id, user_id),
    constraint fk_grant_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_grant_user foreign key (user_id) references app_user (id) on delete cascade
);
