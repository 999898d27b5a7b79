-- The bare query: the same words, full text only, on an unprotected copy of the table
-- (no row-level security, no trigrams, no ranking), the commune named in the statement.
\set c random(1, :communes)
\set q random(1, 10)
select b.id, b.name
from directory_entry_bare b
where b.tenant_id = ('00000000-0000-0000-0000-' || lpad(:c::text, 12, '0'))::uuid
  and b.search_vector @@ websearch_to_tsquery('directory_french',
        (array['boulangerie', 'boulangeries', 'boulengerie', 'ecole', 'plombier', 'infirmiere',
               'reparation velo', 'comite des fetes', 'coiffeur', 'pharmacie'])[:q])
limit 50;
