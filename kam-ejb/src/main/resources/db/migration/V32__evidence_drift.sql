-- Evidence drift (issue 18, part 3). A situation potential cites fields of the Key Account Database; a citation
-- now keeps the value it cited and when, so a later change of the field shows as "evidence changed" on the
-- potential and on the TOWS options and strategic objectives built on it, old and new value side by side.
-- The value is the stored form of the field (text, ISO date, choice code, sanitised HTML, JSON rows of a table).
alter table potential_citation add column cited_value varchar(100000);
alter table potential_citation add column cited_at timestamp;

-- Existing field citations take today's value as their baseline: nothing is flagged by the upgrade itself.
update potential_citation set cited_at = current_timestamp,
    cited_value = (select dv.field_value from situation_potential sp
        join strategy s on s.id = sp.strategy_id
        join ka_database kd on kd.account_id = s.account_id
        join database_section ds on ds.database_id = kd.id and ds.section_key = potential_citation.section_key
        join database_value dv on dv.section_id = ds.id and dv.field_key = potential_citation.field_key
        where sp.id = potential_citation.potential_id)
    where source = 'FIELD';

-- An option or objective keeps its flag until the KAM confirms or edits it: when that last happened. A change
-- of the cited field's section after this time flags it again; null means never reviewed since it was built.
alter table tows_option add column evidence_reviewed_at timestamp;
alter table objective add column evidence_reviewed_at timestamp;
update tows_option set evidence_reviewed_at = current_timestamp;
update objective set evidence_reviewed_at = current_timestamp;
