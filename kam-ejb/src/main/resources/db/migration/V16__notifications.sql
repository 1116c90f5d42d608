-- The notification centre (issue 15, section 2). Each person's stored language, en or fr (null until their first
-- login, which stores the browser's), in which notifications (and later e-mails) are written to them.
-- A notification keeps its kind and the arguments of its title, not the text, so that it reads in the
-- recipient's language; account_id and section_key say what it is about, so that the rights model filters it
-- when it is read. dedupe_key makes the daily sweep's notifications (late action plans, overdue reviews) once
-- per recipient and occasion, however often the sweep runs.

alter table app_user add column language varchar(2);
alter table app_user add constraint ck_app_user_language check (language in ('en', 'fr'));

create sequence notification_seq start with 50 increment by 50;

create table notification (
    id            bigint         not null primary key,
    recipient_id  bigint         not null,
    kind          varchar(40)    not null,
    account_id    bigint,
    section_key   varchar(80),
    title_args    varchar(4000)  not null,
    url           varchar(500)   not null,
    dedupe_key    varchar(200),
    created_at    timestamp      not null,
    read_at       timestamp,
    version       bigint         not null default 0,
    constraint fk_notification_recipient foreign key (recipient_id) references app_user (id) on delete cascade,
    constraint fk_notification_account foreign key (account_id) references account (id) on delete cascade,
    constraint uq_notification_dedupe unique (recipient_id, dedupe_key)
);

create index ix_notification_recipient on notification (recipient_id, created_at);
