-- The congruence rule "KAM below their target profile" asks, per KAM, which segments of key accounts they hold:
-- with the KAM, key-account flag and segment in one index the answer is read from the index alone (issue 15: the
-- KA Director's home page counts the rules on every load; at 10,000 accounts this rule went from the slowest of the
-- nine to par with the others).
create index ix_account_kam_key_segment on account (kam_id, key_account, segment);
