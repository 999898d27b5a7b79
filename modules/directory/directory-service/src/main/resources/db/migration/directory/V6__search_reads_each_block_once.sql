-- A search reads its commune's rows (V4: under row-level security no GIN index can serve
-- it). The btree it found them by was directory_entry_category_idx (tenant_id,
-- category_id, name): in that order the rows of one block come one by one, 993 buffer
-- visits for a commune's 1,000 rows on 60 blocks (bench/directory, EXPLAIN (ANALYZE,
-- BUFFERS)). An index on tenant_id alone holds each commune's rows as one deduplicated
-- posting list in the table's physical order (1 or 2 leaf pages a commune, 7 MB for a
-- million entries): the search visits each block once, 63 buffers instead of 1,004.
create index directory_entry_tenant_idx on directory_entry (tenant_id);
