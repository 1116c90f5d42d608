-- The Key Account Database (issue 4): versioned document templates (sections of typed fields, labels in English
-- and French), the database of each key account filled from a template version (values per section, each
-- section with its own optimistic lock), the history of every change, the sections the KAM grants to team
-- members, the stakeholder map of the buying centre, and the required level the KA Director sets per segment.

create sequence document_template_seq start with 50 increment by 50;

create table document_template (
    id              bigint       not null primary key,
    kind            varchar(30)  not null,
    template_number integer      not null,
    name            varchar(120) not null,
    status          varchar(10)  not null,
    segment         varchar(20),
    created_at      timestamp    not null,
    activated_at    timestamp,
    version         bigint       not null default 0,
    constraint uq_document_template_number unique (kind, template_number),
    constraint ck_document_template_status check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    constraint ck_document_template_kind check (kind in ('KEY_ACCOUNT_DATABASE', 'STRATEGY', 'PLAN'))
);

create sequence template_section_seq start with 50 increment by 50;

create table template_section (
    id           bigint       not null primary key,
    template_id  bigint       not null,
    section_key  varchar(40)  not null,
    position     integer      not null,
    label_en     varchar(200) not null,
    label_fr     varchar(200) not null,
    version      bigint       not null default 0,
    constraint fk_template_section_template foreign key (template_id) references document_template (id) on delete cascade,
    constraint uq_template_section_key unique (template_id, section_key)
);

create sequence template_field_seq start with 50 increment by 50;

create table template_field (
    id           bigint        not null primary key,
    section_id   bigint        not null,
    field_key    varchar(40)   not null,
    field_type   varchar(20)   not null,
    position     integer       not null,
    label_en     varchar(200)  not null,
    label_fr     varchar(200)  not null,
    mandatory    boolean       not null default false,
    choices      varchar(2000),
    version      bigint        not null default 0,
    constraint fk_template_field_section foreign key (section_id) references template_section (id) on delete cascade,
    constraint uq_template_field_key unique (section_id, field_key),
    constraint ck_template_field_type check (field_type in
        ('SHORT_TEXT', 'RICH_TEXT', 'NUMBER', 'MONEY', 'DATE', 'CHOICE', 'TABLE'))
);

-- The typed columns of a TABLE field, in order.
create table template_column (
    field_id     bigint        not null,
    position     integer       not null,
    column_key   varchar(40)   not null,
    column_type  varchar(20)   not null,
    label_en     varchar(200)  not null,
    label_fr     varchar(200)  not null,
    required     boolean       not null default false,
    choices      varchar(2000),
    constraint pk_template_column primary key (field_id, position),
    constraint fk_template_column_field foreign key (field_id) references template_field (id) on delete cascade
);

create sequence ka_database_seq start with 50 increment by 50;

create table ka_database (
    id           bigint      not null primary key,
    account_id   bigint      not null,
    template_id  bigint      not null,
    created_at   timestamp   not null,
    version      bigint      not null default 0,
    constraint uq_ka_database_account unique (account_id),
    constraint fk_ka_database_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_ka_database_template foreign key (template_id) references document_template (id)
);

create sequence database_section_seq start with 50 increment by 50;

create table database_section (
    id           bigint       not null primary key,
    database_id  bigint       not null,
    section_key  varchar(40)  not null,
    updated_at   timestamp,
    updated_by   varchar(100),
    version      bigint       not null default 0,
    constraint fk_database_section_database foreign key (database_id) references ka_database (id) on delete cascade,
    constraint uq_database_section_key unique (database_id, section_key)
);

-- One value per field of a section: text, a number or date in ISO form, a choice code, sanitised HTML for rich
-- text, or a JSON array of rows for a table. Values of fields a newer template no longer has stay here.
create table database_value (
    section_id   bigint         not null,
    field_key    varchar(40)    not null,
    field_value  varchar(100000),
    constraint pk_database_value primary key (section_id, field_key),
    constraint fk_database_value_section foreign key (section_id) references database_section (id) on delete cascade
);

create sequence section_change_seq start with 50 increment by 50;

create table section_change (
    id           bigint          not null primary key,
    account_id   bigint          not null,
    section_key  varchar(40)     not null,
    field_key    varchar(40)     not null,
    changed_by   varchar(100)    not null,
    changed_at   timestamp       not null,
    old_value    varchar(100000),
    new_value    varchar(100000),
    version      bigint          not null default 0,
    constraint fk_section_change_account foreign key (account_id) references account (id) on delete cascade
);
create index ix_section_change_account on section_change (account_id, section_key, changed_at);

create sequence section_grant_seq start with 50 increment by 50;

create table section_grant (
    id           bigint       not null primary key,
    account_id   bigint       not null,
    section_key  varchar(40)  not null,
    user_id      bigint       not null,
    granted_by   varchar(100) not null,
    granted_at   timestamp    not null,
    version      bigint       not null default 0,
    constraint fk_section_grant_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_section_grant_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint uq_section_grant unique (account_id, section_key, user_id)
);

create sequence stakeholder_seq start with 50 increment by 50;

create table stakeholder (
    id                    bigint       not null primary key,
    account_id            bigint       not null,
    name                  varchar(120) not null,
    title                 varchar(120),
    decision_role         varchar(20)  not null,
    influence             integer      not null,
    attitude              varchar(10)  not null,
    reports_to_id         bigint,
    relationship_owner_id bigint,
    last_contact          date,
    version               bigint       not null default 0,
    constraint fk_stakeholder_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_stakeholder_reports_to foreign key (reports_to_id) references stakeholder (id) on delete set null,
    constraint fk_stakeholder_owner foreign key (relationship_owner_id) references app_user (id) on delete set null,
    constraint ck_stakeholder_influence check (influence between 0 and 10),
    constraint ck_stakeholder_role check (decision_role in ('DECISION_MAKER', 'INFLUENCER', 'USER', 'GATEKEEPER', 'OTHER')),
    constraint ck_stakeholder_attitude check (attitude in ('SUPPORTER', 'NEUTRAL', 'OPPONENT'))
);
create index ix_stakeholder_account on stakeholder (account_id);

-- The level of compliance the KA Director requires of a segment's databases: a minimum overall completeness and
-- fields that are mandatory for that segment on top of the template's own mandatory fields.
create table database_requirement (
    segment                varchar(20)  not null primary key,
    minimum_completeness   integer      not null default 0,
    version                bigint       not null default 0,
    constraint ck_database_requirement_min check (minimum_completeness between 0 and 100)
);

create table database_required_field (
    segment      varchar(20)  not null,
    field_key    varchar(81)  not null,
    constraint pk_database_required_field primary key (segment, field_key),
    constraint fk_database_required_field foreign key (segment) references database_requirement (segment) on delete cascade
);
