-- One way to run scheduled work, once per cluster (issue 14): each scheduled job's lease. A node runs a job only
-- after a conditional update has made it the holder until lease_until; a holder that dies keeps the lease until
-- it runs out, then another node may claim it. done_slot is the last run the job completed (a date, for a
-- nightly job), so that a run is done once however many nodes tick. Times are UTC.

create table job_lease (
    job_name     varchar(60)  not null primary key,
    holder       varchar(120),
    lease_until  timestamp    not null,
    done_slot    varchar(40),
    started_at   timestamp,
    finished_at  timestamp
);
