-- The payer search walks payers in name order reading only an index: the sort key is a
-- column (an expression index cannot answer an index-only scan) and the search text is
-- carried in the index, so a common word ("rue des") finds its page without reading the
-- table, and a rare one still goes through the trigram index.
alter table waste_payer add column sort_name varchar(200) generated always as (lower(name)) stored;
drop index waste_payer_name_idx;
create index waste_payer_sort_idx on waste_payer (tenant_id, sort_name, id) include (search_text);
