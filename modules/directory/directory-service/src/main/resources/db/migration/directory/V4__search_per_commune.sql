-- The search as row-level security lets it run (bench/directory, EXPLAIN (ANALYZE,
-- BUFFERS) as the application role). Neither @@ nor <% is leakproof, so PostgreSQL never
-- evaluates them before the policies: they are filters on the tenant's rows, which the
-- (tenant_id, ...) btree finds, never conditions of a GIN index (a superuser's EXPLAIN,
-- who bypasses the policies, shows the GIN indexes: the application never gets them). A
-- search costs its commune's size, not the platform's.
-- What made its p99 (85 ms at 100,000 entries): the prepared statement's generic plan
-- estimates some 10,000 rows for tenant_id = any($1) and, with word_similarity's cost,
-- chose a parallel bitmap heap scan; launching two workers on this 2-core machine took
-- 70-100 ms for the commune's 1,000 rows. A commune's search never needs workers: none
-- for this table.
alter table directory_entry set (parallel_workers = 0);
-- And the typo step compared the query with the name and description of each of the
-- commune's rows (word_similarity costs with the text's length: 69 characters on average
-- in the bench, 23-30 ms for 1,000 rows on this loaded machine): it compares the plain
-- name first (17 characters, 3 ms), the longer text only when the name finds nothing
-- (Search).
alter table directory_entry add column search_name text generated always as (directory_plain(name)) stored;
-- The GIN indexes the application role cannot use (see above): only a cost on each write
-- and in the table's cache.
drop index if exists directory_entry_vector_idx;
drop index if exists directory_entry_trgm_idx;
