-- People of the Key Account programme, their roles, and the audit trail.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+. Sequences start at their increment
-- because EclipseLink treats each value it draws as the end of a pre-allocated block.

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id            bigint        not null primary key,
    username      varchar(40)   not null,
    display_name  varchar(120)  not null,
    email         varchar(200),
    password_hash varchar(400)  not null,
    enabled       boolean       not null default true,
    external      boolean       not null default false,
    created_at    timestamp     not null,
    version       bigint        not null default 0,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_app_user_role check (role in ('EXECUTIVE', 'KA_DIRECTOR', 'KAM', 'TEAM_MEMBER', 'HR', 'ADMIN'))
);

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id           bigint        not null primary key,
    at           timestamp     not null,
    actor        varchar(40)   not null,
    action       varchar(60)   not null,
    subject_type varchar(40)   not null,
    subject_id   varchar(60),
    detail       varchar(2000),
    version      bigint        not null default 0
);

create index ix_audit_entry_subject on audit_entry (subject_type, subject_id);
create index ix_audit_entry_at on audit_entry (at);
