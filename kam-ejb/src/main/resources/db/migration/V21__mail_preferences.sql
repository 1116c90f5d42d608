-- E-mail preferences and digests (issue 15 §3). Each person chooses, per kind of notification, how it reaches
-- their inbox: IMMEDIATE, DAILY (the daily digest), WEEKLY (the weekly digest, on their chosen day) or NONE. Only
-- the choices that differ from the defaults are stored (notification_preference); mail_preferences holds the day
-- of the weekly digest and the version that makes a save all-or-nothing against a concurrent one. A person with
-- no row has the defaults: review events immediately, the rest daily, the weekly digest on Monday.
--
-- notification.digested_at is when e-mail was done with a notification: mailed at once, put in a digest, or
-- settled without mail (NONE, or no longer readable). The digest takes only notifications where it is null and
-- sets it in the transaction that writes the digest to the outbox, so nothing is mailed twice. The notifications
-- made before this version count as done: an upgrade mails no backlog.

create table mail_preferences (
    user_id     bigint       not null primary key,
    weekly_day  varchar(9)   not null,
    version     bigint       not null default 0,
    constraint fk_mail_preferences_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_mail_preferences_day check (weekly_day in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
        'FRIDAY', 'SATURDAY', 'SUNDAY'))
);

create table notification_preference (
    user_id   bigint       not null,
    kind      varchar(40)  not null,
    delivery  varchar(10)  not null,
    constraint pk_notification_preference primary key (user_id, kind),
    constraint fk_notification_preference_user foreign key (user_id) references mail_preferences (user_id)
        on delete cascade,
    constraint ck_notification_preference_delivery check (delivery in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'))
);

alter table notification add column digested_at timestamp;
update notification set digested_at = created_at;

create index ix_notification_undigested on notification (digested_at, recipient_id);
