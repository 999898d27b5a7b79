-- The module's statements as the application role sees them, prepared and planned
-- generically (as pgbench -M prepared and the JDBC driver run them after five
-- executions), with their costs: which index, which filter, how many rows read. A
-- misspelt search ("boulengerie": the full text finds nothing, the names do) and the
-- description's step, which only a search that finds nothing else runs ("piscine").
begin;
select set_config('clocher.tenant_id', '00000000-0000-0000-0000-000000000001', true);
select set_config('pg_trgm.word_similarity_threshold', '0.5', true);
set local plan_cache_mode = force_generic_plan;
prepare full_text(text, uuid[], boolean, int) as
select e.id, e.name from directory_entry e,
  unnest(array[regexp_replace(websearch_to_tsquery('directory_french', $1)::text, '''((?:[^'']|'''')*)''',
    '''\1'':*', 'g')::tsquery]) tsq
where e.tenant_id = any($2) and (not $3 or e.status = 'PUBLISHED') and e.search_vector @@ tsq
order by ts_rank(e.search_vector, tsq) desc, lower(e.name), e.id limit $4;
prepare names(text, uuid[], boolean, int) as
select e.id, e.name from directory_entry e
where e.tenant_id = any($2) and (not $3 or e.status = 'PUBLISHED') and $1 <% e.search_name
order by word_similarity($1, e.search_name) desc, lower(e.name), e.id limit $4;
prepare texts(text, uuid[], boolean, int) as
select e.id, e.name from directory_entry e
where e.tenant_id = any($2) and (not $3 or e.status = 'PUBLISHED') and $1 <% e.search_text
order by word_similarity($1, e.search_text) desc, lower(e.name), e.id limit $4;
\o /dev/null
execute full_text('boulangeries', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
execute names('boulengerie', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
execute texts('piscine', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
\o
explain (analyze, buffers, costs off) execute full_text('boulengerie', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
explain (analyze, buffers, costs off) execute names('boulengerie', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
explain (analyze, buffers, costs off) execute texts('piscine', array['00000000-0000-0000-0000-000000000001']::uuid[], true, 50);
rollback;
