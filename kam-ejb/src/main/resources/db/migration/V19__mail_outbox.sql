-- E-mail (issue 15 §3): the outbox. A mail is a row written in the transaction of the event that makes it, so
-- that a rolled-back event sends nothing and a committed one loses nothing. The sender claims a due WAITING row
-- with one conditional update (status SENDING, claimed_by), sends it, then marks it SENT; a refusal puts it back
-- to WAITING with the next attempt later (exponential backoff), and a mail still unsent a day after it was
-- written becomes FAILED with the last error. Times are the server's, like every other timestamp.

create sequence mail_outbox_seq start with 50 increment by 50;

create table mail_outbox (
    id                 bigint         not null primary key,
    recipient_user_id  bigint,
    address            varchar(254)   not null,
    language           varchar(8)     not null,
    subject            varchar(200)   not null,
    plain_text         varchar(100000) not null,
    html               varchar(100000) not null,
    link               varchar(1000),
    status             varchar(10)    not null,
    attempts           integer        not null default 0,
    next_attempt_at    timestamp      not null,
    last_error         varchar(1000),
    claimed_by         varchar(120),
    claimed_at         timestamp,
    created_at         timestamp      not null,
    sent_at            timestamp,
    version            bigint         not null default 0,
    constraint fk_mail_outbox_recipient foreign key (recipient_user_id) references app_user (id) on delete set null,
    constraint ck_mail_outbox_status check (status in ('WAITING', 'SENDING', 'SENT', 'FAILED'))
);

create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_created on mail_outbox (created_at);
