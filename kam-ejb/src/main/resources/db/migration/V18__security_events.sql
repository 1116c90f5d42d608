-- Security events in the database (issues 15 and 16), beside the JSON security log: refused logins, the blocks
-- that login throttling puts on a user name or an address and their lifting, and the directory's checks. The
-- throttling counts read this table, so that every node of a cluster sees the same block; the administrator's
-- work list and security page read it too. Never updated once written. Times are UTC.

create sequence security_event_seq start with 50 increment by 50;

create table security_event (
    id              bigint        not null primary key,
    event_type      varchar(30)   not null,
    username        varchar(120),
    remote_address  varchar(64),
    at              timestamp     not null,
    detail          varchar(200),
    version         bigint        not null default 0
);

create index ix_security_event_user on security_event (username, at);
create index ix_security_event_remote on security_event (remote_address, at);
create index ix_security_event_type on security_event (event_type, at);
