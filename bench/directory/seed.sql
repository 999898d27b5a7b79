-- The benchmark's data: :communes communes with the directory, :per_commune published
-- entries each, names and descriptions drawn (seeded) from French words, as the
-- application role under row-level security would see them (inserted as the owner, who is
-- subject to the forced policies too: each commune's rows under its own setting).
select setseed(0.42);

insert into tenant (id, kind, official_code, slug, name, search_name, status, created_at, updated_at)
select ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, 'COMMUNE', lpad(i::text, 5, '0'),
       'commune-' || i, 'Commune ' || i, 'commune ' || i, 'ACTIVE', now(), now()
from generate_series(1, :communes) i;

create temporary table words as
select array['Boulangerie', 'Pâtisserie', 'Épicerie', 'Boucherie', 'Pharmacie', 'Garage', 'Plombier',
             'Électricien', 'Menuisier', 'Coiffeur', 'Infirmière', 'Médecin', 'Kinésithérapeute', 'École',
             'Crèche', 'Assistante maternelle', 'Comité des fêtes', 'Club de football', 'Bibliothèque',
             'Mairie', 'Taxi', 'Transport scolaire', 'Fleuriste', 'Restaurant', 'Café', 'Maçon', 'Peintre',
             'Couvreur', 'Vétérinaire', 'Dentiste'] as kinds,
       array['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy',
             'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux',
             'Vincent', 'Fournier', 'du Centre', 'de la Gare', 'des Vignes', 'du Château'] as names,
       array['réparation de vélos et de voitures', 'pain au levain et viennoiseries', 'soins à domicile',
             'garde d''enfants le mercredi', 'fête du village et marché de Noël', 'dépannage rapide',
             'produits régionaux', 'rendez-vous en ligne', 'livraison à domicile', 'travaux de rénovation',
             'cours et entraînements pour tous', 'ouvert le dimanche matin'] as phrases;

do $$
declare
    c int;
    n int := current_setting('bench.per_commune')::int;
    tenant uuid;
    category uuid;
begin
    for c in 1 .. current_setting('bench.communes')::int loop
        tenant := ('00000000-0000-0000-0000-' || lpad(c::text, 12, '0'))::uuid;
        perform set_config('clocher.tenant_id', tenant::text, true);
        category := gen_random_uuid();
        insert into directory_category (tenant_id, id, name, slug, kind, created_at)
        values (tenant, category, 'Commerces', 'commerces', 'LOCAL_BUSINESS', now());
        insert into directory_entry (tenant_id, id, category_id, name, description, address, commune_id, status,
                                     last_confirmed_at, created_at, updated_at)
        select tenant, gen_random_uuid(), category,
               w.kinds[1 + floor(random() * array_length(w.kinds, 1))::int] || ' '
                   || w.names[1 + floor(random() * array_length(w.names, 1))::int],
               w.phrases[1 + floor(random() * array_length(w.phrases, 1))::int] || ', '
                   || w.phrases[1 + floor(random() * array_length(w.phrases, 1))::int],
               i || ' rue ' || w.names[1 + floor(random() * array_length(w.names, 1))::int],
               tenant, 'PUBLISHED', now(), now(), now()
        from generate_series(1, n) i, words w;
    end loop;
end
$$;
analyze;
