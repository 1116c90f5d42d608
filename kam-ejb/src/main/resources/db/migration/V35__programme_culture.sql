-- A KA culture the executive can foster (issue 19 §3): the short messages the executive and the KA Director
-- publish to the programme (everyone, the KAMs, or one segment's KA teams), written in English, French or both;
-- the recognitions of a KA team for an achievement its account's own records show; and the history of the
-- relationship stage, kept from now on so that a stage moved up is evidence.

create sequence programme_message_seq start with 50 increment by 50;

create table programme_message (
    id            bigint        not null primary key,
    audience      varchar(10)   not null,
    segment       varchar(20),
    text_en       varchar(280),
    text_fr       varchar(280),
    author_id     bigint        not null,
    published_at  timestamp     not null,
    withdrawn_at  timestamp,
    version       bigint        not null default 0,
    constraint ck_programme_message_audience check (audience in ('EVERYONE', 'KAMS', 'SEGMENT')),
    constraint ck_programme_message_segment check ((audience = 'SEGMENT' and segment is not null)
        or (audience <> 'SEGMENT' and segment is null)),
    constraint ck_programme_message_text check (text_en is not null or text_fr is not null),
    constraint fk_programme_message_author foreign key (author_id) references app_user (id)
);
create index ix_programme_message_published on programme_message (published_at);

-- Each change of an account's current relationship stage, as the KAM or the KA Director records it.
create sequence stage_change_seq start with 50 increment by 50;

create table stage_change (
    id          bigint       not null primary key,
    account_id  bigint       not null,
    from_stage  varchar(20)  not null,
    to_stage    varchar(20)  not null,
    changed_by  varchar(40)  not null,
    changed_at  timestamp    not null,
    version     bigint       not null default 0,
    constraint fk_stage_change_account foreign key (account_id) references account (id) on delete cascade
);
create index ix_stage_change_account on stage_change (account_id);

-- One recognition: the achievement's kind and the record that proves it (an objective, a plan version, a stage
-- change), at most one recognition each; what the published line shows is kept here, frozen at publication.
create sequence recognition_seq start with 50 increment by 50;

create table recognition (
    id               bigint         not null primary key,
    account_id       bigint         not null,
    kam_id           bigint,
    achievement      varchar(24)    not null,
    evidence_id      bigint         not null,
    objective_title  varchar(300),
    plan_version     integer,
    stage_from       varchar(20),
    stage_to         varchar(20),
    achieved_on      date           not null,
    team_names       varchar(1000)  not null,
    citation         varchar(500),
    recognised_by_id bigint         not null,
    recognised_at    timestamp      not null,
    version          bigint         not null default 0,
    constraint ck_recognition_achievement check (achievement in ('OBJECTIVE_REACHED', 'PLAN_APPROVED_ON_TIME',
        'STAGE_MOVED_UP')),
    constraint uq_recognition_evidence unique (achievement, evidence_id),
    constraint fk_recognition_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_recognition_kam foreign key (kam_id) references app_user (id),
    constraint fk_recognition_by foreign key (recognised_by_id) references app_user (id)
);
create index ix_recognition_at on recognition (recognised_at);
create index ix_recognition_kam on recognition (kam_id);
