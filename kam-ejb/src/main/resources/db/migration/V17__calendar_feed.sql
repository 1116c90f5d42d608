-- The private calendar feed (issue 15, section 4): one secret URL per person, for calendar clients that cannot log
-- in. Only the SHA-256 hash of the token is kept (hex), so a database dump gives no working URL. Revoking deletes
-- the row; a new token replaces the old one.

create sequence calendar_token_seq start with 50 increment by 50;

create table calendar_token (
    id          bigint       not null primary key,
    user_id     bigint       not null references app_user (id),
    token_hash  varchar(64)  not null,
    created_at  timestamp    not null,
    version     bigint       not null,
    constraint uq_calendar_token_user unique (user_id),
    constraint uq_calendar_token_hash unique (token_hash)
);
