-- One search as the module runs it (Search.find, kept in step by hand): the commune's
-- context; the full-text statement first, its stems as prefixes (counted here: pgbench
-- keeps one row); only when it found nothing, the transaction's trigram threshold with the
-- plain query, the trigram statement on the names, then (when that found nothing too) on
-- the names and descriptions.
\set c random(1, :communes)
\set q random(1, 10)
begin;
select set_config('clocher.tenant_id', '00000000-0000-0000-0000-' || lpad(:c::text, 12, '0'), true);
select count(*) as found from (
select e.tenant_id, e.id, e.category_id, e.name, e.description, e.address, e.commune_id, e.latitude, e.longitude,
       e.phone, e.email, e.website, e.opening_hours::text as hours, e.siret, e.photo_type, e.photo_alt, e.status,
       e.last_confirmed_at, e.created_at, e.updated_at
from directory_entry e,
  unnest(array[regexp_replace(websearch_to_tsquery('directory_french', (array['boulangerie', 'boulangeries',
    'boulengerie', 'ecole', 'plombier', 'infirmiere', 'reparation velo', 'comite des fetes', 'coiffeur',
    'pharmacie'])[:q])::text, '''((?:[^'']|'''')*)''', '''\1'':*', 'g')::tsquery]) tsq
where e.tenant_id = any(array['00000000-0000-0000-0000-' || lpad(:c::text, 12, '0')]::uuid[])
  and (not true or e.status = 'PUBLISHED')
  and e.search_vector @@ tsq
order by ts_rank(e.search_vector, tsq) desc, lower(e.name), e.id
limit 50) found \gset
\if :found = 0
select set_config('pg_trgm.word_similarity_threshold', '0.5', true), directory_plain((array['boulangerie',
  'boulangeries', 'boulengerie', 'ecole', 'plombier', 'infirmiere', 'reparation velo', 'comite des fetes', 'coiffeur',
  'pharmacie'])[:q]) as plain \gset
select count(*) as found from (
select e.tenant_id, e.id, e.category_id, e.name, e.description, e.address, e.commune_id, e.latitude, e.longitude,
       e.phone, e.email, e.website, e.opening_hours::text as hours, e.siret, e.photo_type, e.photo_alt, e.status,
       e.last_confirmed_at, e.created_at, e.updated_at
from directory_entry e
where e.tenant_id = any(array['00000000-0000-0000-0000-' || lpad(:c::text, 12, '0')]::uuid[])
  and (not true or e.status = 'PUBLISHED')
  and :plain <% e.search_name
order by word_similarity(:plain, e.search_name) desc, lower(e.name), e.id
limit 50) found \gset
\if :found = 0
select e.tenant_id, e.id, e.category_id, e.name, e.description, e.address, e.commune_id, e.latitude, e.longitude,
       e.phone, e.email, e.website, e.opening_hours::text as hours, e.siret, e.photo_type, e.photo_alt, e.status,
       e.last_confirmed_at, e.created_at, e.updated_at
from directory_entry e
where e.tenant_id = any(array['00000000-0000-0000-0000-' || lpad(:c::text, 12, '0')]::uuid[])
  and (not true or e.status = 'PUBLISHED')
  and :plain <% e.search_text
order by word_similarity(:plain, e.search_text) desc, lower(e.name), e.id
limit 50;
\endif
\endif
commit;
