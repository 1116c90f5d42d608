-- A realistic data set at the schema of release 1.0.0 (V1..V3), covering every table of that release. The upgrade
-- test loads it into a database migrated to 1.0.0, applies the current migrations, then reads everything back.
insert into app_user (id, username, display_name, email, password_hash, enabled, external, created_at, version) values
 (1001, 'up.admin', 'Upgrade Admin', 'admin@example.com', 'PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==', true, false, timestamp '2026-01-05 09:00:00', 1),
 (1002, 'up.kad', 'Upgrade Director', null, 'PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==', true, false, timestamp '2026-01-05 09:00:00', 1),
 (1003, 'up.kam', 'Élodie Kam', 'elodie@example.com', 'PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==', true, false, timestamp '2026-01-06 10:30:00', 3),
 (1004, 'up.exec', 'Upgrade Executive', null, 'PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==', true, false, timestamp '2026-01-06 10:30:00', 1),
 (1005, 'up.partner', 'Partner Consultant', null, 'PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==', false, true, timestamp '2026-02-01 08:00:00', 2);
insert into app_user_role (user_id, role) values (1001, 'ADMIN'), (1002, 'KA_DIRECTOR'), (1003, 'KAM'), (1003, 'TEAM_MEMBER'),
 (1004, 'EXECUTIVE'), (1005, 'TEAM_MEMBER');

insert into account (id, name, legal_id, industry, country, annual_revenue, currency, our_sales_12m, kam_id, created_at, version,
                     crm_id, parent_id, total_category_spend, notes, key_account, segment, segment_overridden, segment_reason,
                     current_stage, target_stage, sponsor_id) values
 (2001, 'Groupe Upgrade', 'FR-000000001', 'Chemicals', 'FR', 12000000000.00, 'EUR', null, null, timestamp '2026-01-10 11:00:00', 1,
  'SF-0001', null, null, 'Group holding', false, null, false, null, null, null, null),
 (2002, 'Upgrade Chimie France', 'FR-000000002', 'Chemicals', 'FR', 3400000000.50, 'EUR', 8700000.25, 1003, timestamp '2026-01-10 11:00:00', 4,
  'SF-0002', 2001, 52000000.00, 'Café, crème & “quotes”', true, 'STRATEGIC', false, null, 'COOPERATIVE', 'INTEGRATED', 1004),
 (2003, 'Upgrade Polymers GmbH', 'DE-HRB0003', 'Chemicals', 'DE', 990000000.00, 'EUR', 1200000.00, 1003, timestamp '2026-01-11 12:00:00', 2,
  null, 2001, null, null, true, 'STAR', true, 'Board decision after the merger', 'BASIC', 'COOPERATIVE', null);

insert into ka_team_member (id, account_id, user_id, team_role, version) values
 (3001, 2002, 1005, 'Regulatory consultant', 1), (3002, 2002, 1003, 'Co-lead', 1);
insert into selection_decision (id, account_id, key_account, reason, decided_by, decided_at, version) values
 (4001, 2002, true, 'Largest share of wallet potential', 'up.kad', timestamp '2026-02-01 09:15:00', 1),
 (4002, 2003, true, 'Strategic merger target', 'up.kad', timestamp '2026-02-02 09:15:00', 1);
insert into kam_assignment (id, account_id, kam_id, assigned_by, assigned_at, capacity_override, override_reason, version) values
 (5001, 2002, 1003, 'up.kad', timestamp '2026-02-01 09:20:00', false, null, 1),
 (5002, 2003, 1003, 'up.kad', timestamp '2026-02-02 09:20:00', true, 'Interim cover during parental leave', 1);
insert into audit_entry (id, at, actor, action, subject_type, subject_id, detail, version) values
 (6001, timestamp '2026-02-01 09:15:00', 'up.kad', 'account.madeKey', 'Account', '2002', 'Largest share of wallet potential', 0),
 (6002, timestamp '2026-02-02 09:20:00', 'up.kad', 'account.kamAssignedOverCapacity', 'Account', '2003', 'up.kam', 0);
update segment_setting set review_frequency_months = 2, version = 1 where segment = 'STRATEGIC';
update programme_setting set val = '12', version = 1 where name = 'kam.capacity';
