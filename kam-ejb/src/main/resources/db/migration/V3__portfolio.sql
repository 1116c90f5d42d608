-- The account portfolio: CRM fields and group hierarchy, key account status and segment, relationship stages,
-- executive sponsor, KA teams, selection decisions, KAM assignments, and the programme's settings.

alter table account add column crm_id varchar(80);
alter table account add column parent_id bigint;
alter table account add column total_category_spend numeric(19, 2);
alter table account add column notes varchar(4000);
alter table account add column key_account boolean default false not null;
alter table account add column segment varchar(20);
alter table account add column segment_overridden boolean default false not null;
alter table account add column segment_reason varchar(1000);
alter table account add column current_stage varchar(20);
alter table account add column target_stage varchar(20);
alter table account add column sponsor_id bigint;

alter table account add constraint uq_account_crm_id unique (crm_id);
alter table account add constraint fk_account_parent foreign key (parent_id) references account (id);
alter table account add constraint fk_account_sponsor foreign key (sponsor_id) references app_user (id);
alter table account add constraint ck_account_segment
    check (segment is null or segment in ('STRATEGIC', 'STAR', 'STATUS', 'STREAMLINE'));
alter table account add constraint ck_account_current_stage check (current_stage is null or current_stage in
    ('EXPLORATORY', 'BASIC', 'COOPERATIVE', 'INTERDEPENDENT', 'INTEGRATED'));
alter table account add constraint ck_account_target_stage check (target_stage is null or target_stage in
    ('EXPLORATORY', 'BASIC', 'COOPERATIVE', 'INTERDEPENDENT', 'INTEGRATED'));

create index ix_account_parent on account (parent_id);
create index ix_account_sponsor on account (sponsor_id);
create index ix_account_key_segment on account (key_account, segment);
create index ix_account_industry on account (industry);
create index ix_account_country on account (country);

create sequence ka_team_member_seq start with 50 increment by 50;

create table ka_team_member (
    id         bigint       not null primary key,
    account_id bigint       not null,
    user_id    bigint       not null,
    team_role  varchar(80)  not null,
    version    bigint       not null default 0,
    constraint fk_ka_team_member_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_ka_team_member_user foreign key (user_id) references app_user (id),
    constraint uq_ka_team_member unique (account_id, user_id)
);
create index ix_ka_team_member_user on ka_team_member (user_id);

create sequence selection_decision_seq start with 50 increment by 50;

create table selection_decision (
    id          bigint        not null primary key,
    account_id  bigint        not null,
    key_account boolean       not null,
    reason      varchar(1000) not null,
    decided_by  varchar(40)   not null,
    decided_at  timestamp     not null,
    version     bigint        not null default 0,
    constraint fk_selection_decision_account foreign key (account_id) references account (id) on delete cascade
);
create index ix_selection_decision_account on selection_decision (account_id, decided_at);

create sequence kam_assignment_seq start with 50 increment by 50;

create table kam_assignment (
    id                bigint        not null primary key,
    account_id        bigint        not null,
    kam_id            bigint,
    assigned_by       varchar(40)   not null,
    assigned_at       timestamp     not null,
    capacity_override boolean       not null default false,
    override_reason   varchar(1000),
    version           bigint        not null default 0,
    constraint fk_kam_assignment_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_kam_assignment_kam foreign key (kam_id) references app_user (id)
);
create index ix_kam_assignment_account on kam_assignment (account_id, assigned_at);

-- Per-segment settings used across the programme: plan review frequency, whether a full Key Account Plan is
-- required, whether an executive sponsor is required, and the weight of one account in a KAM's capacity.
create table segment_setting (
    segment                 varchar(20)  not null primary key,
    review_frequency_months integer      not null,
    full_plan_required      boolean      not null,
    sponsor_required        boolean      not null,
    capacity_weight         numeric(4, 2) not null,
    version                 bigint       not null default 0,
    constraint ck_segment_setting_segment check (segment in ('STRATEGIC', 'STAR', 'STATUS', 'STREAMLINE'))
);
insert into segment_setting (segment, review_frequency_months, full_plan_required, sponsor_required, capacity_weight)
values ('STRATEGIC', 3, true, true, 2.00),
       ('STAR', 6, true, false, 1.50),
       ('STATUS', 6, false, false, 1.00),
       ('STREAMLINE', 12, false, false, 0.50);

-- Programme-wide settings the KA Director sets (capacity per KAM, matrix thresholds), by name.
create table programme_setting (
    name    varchar(60)  not null primary key,
    val     varchar(200) not null,
    version bigint       not null default 0
);
insert into programme_setting (name, val) values ('kam.capacity', '10'),
                                                 ('matrix.attractiveness.threshold', '5.0'),
                                                 ('matrix.strength.threshold', '5.0');
