-- The congruence board's counts kept between reads (issue 15): the KA Director's home page showed the nine rule
-- counts by counting them on every load (about half a second at 10,000 accounts). One row per rule with its line
-- count and when it was counted; stale_since is set after a write that may change a rule, so that the scheduled
-- refresh (job lease "congruence-summary") counts again within a minute. Times are UTC.
create table congruence_summary (
    rule_name    varchar(40)  not null primary key,
    line_count   bigint       not null,
    computed_at  timestamp    not null,
    stale_since  timestamp
);
