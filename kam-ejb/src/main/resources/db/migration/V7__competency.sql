-- KAM competency tracking for HR: a versioned competency framework (areas, competencies with behavioural
-- indicators and bilingual descriptors for levels 1..5), target profiles per role and per account segment,
-- assessment campaigns with one assessment per KAM (self, manager and HR-validated final level per
-- competency), development plan actions, and the access log of every read of a profile by someone else.
-- Competencies carry a stable code across framework versions, so ratings and targets compare over time.

create sequence competency_framework_seq start with 50 increment by 50;

create table competency_framework (
    id               bigint       not null primary key,
    framework_number integer      not null,
    name             varchar(120) not null,
    status           varchar(10)  not null,
    created_at       timestamp    not null,
    activated_at     timestamp,
    version          bigint       not null default 0,
    constraint uq_competency_framework_number unique (framework_number),
    constraint ck_competency_framework_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);

create sequence competency_area_seq start with 50 increment by 50;

create table competency_area (
    id           bigint       not null primary key,
    framework_id bigint       not null,
    code         varchar(40)  not null,
    name_en      varchar(120) not null,
    name_fr      varchar(120) not null,
    position     integer      not null,
    version      bigint       not null default 0,
    constraint fk_competency_area_framework foreign key (framework_id) references competency_framework (id) on delete cascade,
    constraint uq_competency_area_code unique (framework_id, code)
);

create sequence competency_seq start with 50 increment by 50;

create table competency (
    id        bigint       not null primary key,
    area_id   bigint       not null,
    code      varchar(40)  not null,
    name_en   varchar(160) not null,
    name_fr   varchar(160) not null,
    position  integer      not null,
    version   bigint       not null default 0,
    constraint fk_competency_area foreign key (area_id) references competency_area (id) on delete cascade
);
create index ix_competency_area on competency (area_id);

create table competency_level (
    competency_id bigint        not null,
    level_no      integer       not null,
    descriptor_en varchar(1000) not null,
    descriptor_fr varchar(1000) not null,
    constraint pk_competency_level primary key (competency_id, level_no),
    constraint fk_competency_level_competency foreign key (competency_id) references competency (id) on delete cascade,
    constraint ck_competency_level_range check (level_no between 1 and 5)
);

create table competency_indicator (
    competency_id bigint        not null,
    position      integer       not null,
    text_en       varchar(1000) not null,
    text_fr       varchar(1000) not null,
    constraint pk_competency_indicator primary key (competency_id, position),
    constraint fk_competency_indicator_competency foreign key (competency_id) references competency (id) on delete cascade
);

create sequence target_profile_seq start with 50 increment by 50;

-- A required level per competency code, for the role (segment null) or for KAMs holding accounts of a segment.
create table target_profile (
    id           bigint      not null primary key,
    framework_id bigint      not null,
    role_name    varchar(20) not null,
    segment      varchar(20),
    version      bigint      not null default 0,
    constraint fk_target_profile_framework foreign key (framework_id) references competency_framework (id) on delete cascade,
    constraint ck_target_profile_segment check (segment is null or segment in ('STRATEGIC', 'STAR', 'STATUS', 'STREAMLINE'))
);
create index ix_target_profile_framework on target_profile (framework_id);

create table target_level (
    target_profile_id bigint      not null,
    competency_code   varchar(40) not null,
    required_level    integer     not null,
    constraint pk_target_level primary key (target_profile_id, competency_code),
    constraint fk_target_level_profile foreign key (target_profile_id) references target_profile (id) on delete cascade,
    constraint ck_target_level_range check (required_level between 1 and 5)
);

create sequence assessment_campaign_seq start with 50 increment by 50;

create table assessment_campaign (
    id           bigint       not null primary key,
    framework_id bigint       not null,
    name         varchar(120) not null,
    period_start date         not null,
    period_end   date         not null,
    status       varchar(10)  not null,
    opened_by    varchar(40)  not null,
    opened_at    timestamp    not null,
    version      bigint       not null default 0,
    constraint fk_assessment_campaign_framework foreign key (framework_id) references competency_framework (id),
    constraint ck_assessment_campaign_status check (status in ('OPEN', 'CLOSED'))
);

create sequence competency_assessment_seq start with 50 increment by 50;

create table competency_assessment (
    id                      bigint        not null primary key,
    campaign_id             bigint        not null,
    kam_id                  bigint        not null,
    status                  varchar(10)   not null,
    self_submitted_at       timestamp,
    self_evidence           varchar(4000),
    self_evidence_ref       varchar(500),
    manager_username        varchar(40),
    manager_submitted_at    timestamp,
    manager_evidence        varchar(4000),
    manager_evidence_ref    varchar(500),
    validated_by            varchar(40),
    validated_at            timestamp,
    validated_without_self  boolean       not null default false,
    version                 bigint        not null default 0,
    constraint fk_competency_assessment_campaign foreign key (campaign_id) references assessment_campaign (id) on delete cascade,
    constraint fk_competency_assessment_kam foreign key (kam_id) references app_user (id),
    constraint uq_competency_assessment unique (campaign_id, kam_id),
    constraint ck_competency_assessment_status check (status in ('OPEN', 'VALIDATED'))
);
create index ix_competency_assessment_kam on competency_assessment (kam_id, status);

create table assessment_rating (
    assessment_id   bigint        not null,
    competency_code varchar(40)   not null,
    self_level      integer,
    manager_level   integer,
    final_level     integer,
    final_comment   varchar(2000),
    constraint pk_assessment_rating primary key (assessment_id, competency_code),
    constraint fk_assessment_rating_assessment foreign key (assessment_id) references competency_assessment (id) on delete cascade,
    constraint ck_assessment_rating_self check (self_level is null or self_level between 1 and 5),
    constraint ck_assessment_rating_manager check (manager_level is null or manager_level between 1 and 5),
    constraint ck_assessment_rating_final check (final_level is null or final_level between 1 and 5)
);

create sequence development_action_seq start with 50 increment by 50;

create table development_action (
    id              bigint        not null primary key,
    kam_id          bigint        not null,
    competency_code varchar(40)   not null,
    kind            varchar(20)   not null,
    description     varchar(1000) not null,
    due_date        date          not null,
    status          varchar(12)   not null,
    created_by      varchar(40)   not null,
    created_at      timestamp     not null,
    version         bigint        not null default 0,
    constraint fk_development_action_kam foreign key (kam_id) references app_user (id),
    constraint ck_development_action_kind check (kind in ('TRAINING', 'COACHING', 'STRETCH_ASSIGNMENT')),
    constraint ck_development_action_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'))
);
create index ix_development_action_kam on development_action (kam_id, due_date);

create sequence profile_read_seq start with 50 increment by 50;

-- Who read whose competency profile, when and why: competency data is personal data.
create table profile_read (
    id         bigint       not null primary key,
    owner_id   bigint       not null,
    reader     varchar(40)  not null,
    purpose    varchar(40)  not null,
    read_at    timestamp    not null,
    constraint fk_profile_read_owner foreign key (owner_id) references app_user (id)
);
create index ix_profile_read_at on profile_read (read_at);
