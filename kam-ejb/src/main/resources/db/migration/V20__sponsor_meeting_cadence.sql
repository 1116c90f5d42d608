-- How often an account's executive sponsor meets the customer, per segment (null: no cadence). The executive's
-- home page lists sponsored accounts whose next meeting is due; the KA Director sets it with the other segment rules.
alter table segment_setting add column sponsor_meeting_months integer;
alter table segment_setting add constraint ck_segment_setting_sponsor_months
    check (sponsor_meeting_months is null or sponsor_meeting_months between 1 and 24);
update segment_setting set sponsor_meeting_months = 3 where segment = 'STRATEGIC';
update segment_setting set sponsor_meeting_months = 6 where segment = 'STAR';
