-- The service directory. Every table is a tenant table: tenant_id leads the primary key
-- and row-level security is forced (clocher_protect_tenant_table).

-- French full-text search that ignores accents and case: a text-search configuration of
-- the module, French stemming after unaccent (unaccent() itself is not IMMUTABLE, a
-- configuration named in to_tsvector(regconfig, ...) is). Trigrams for misspellings.
-- Both extensions are trusted: the database's owner, who runs the migrations, may create
-- them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create text search configuration directory_french (copy = french);
alter text search configuration directory_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- The plain form the trigram search compares: lower case, without accents. IMMUTABLE so
-- that it can feed a stored column and an index (unaccent's rules do not change under a
-- running database).
create function directory_plain(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(unaccent('unaccent'::regdictionary, value)) $$;

-- Categories: kind is the schema.org type of their entries' pages.
create table directory_category (
    tenant_id  uuid        not null,
    id         uuid        not null,
    name       varchar(60) not null,
    slug       varchar(70) not null,
    kind       varchar(14) not null check (kind in ('ORGANIZATION', 'LOCAL_BUSINESS', 'MEDICAL', 'EDUCATION',
                                                    'GOVERNMENT', 'TRANSPORT')),
    created_at timestamptz not null,
    primary key (tenant_id, id),
    constraint directory_category_slug_unique unique (tenant_id, slug)
);
select clocher_protect_tenant_table('directory_category');

-- Entries. commune_id: the member commune it is in (the tenant itself for a commune).
-- opening_hours: a JSON array of {day, opens, closes}, checked by the service.
-- search_vector (weighted: name, then description and address) and search_text (the
-- trigram side) follow the row.
create table directory_entry (
    tenant_id          uuid          not null,
    id                 uuid          not null,
    category_id        uuid          not null,
    name               varchar(150)  not null,
    description        varchar(2000),
    address            varchar(300),
    commune_id         uuid          not null,
    latitude           numeric(8, 6) check (latitude between -90 and 90),
    longitude          numeric(9, 6) check (longitude between -180 and 180),
    phone              varchar(30),
    email              varchar(254),
    website            varchar(500),
    opening_hours      jsonb         not null default '[]',
    siret              char(14),
    photo              bytea,
    photo_type         varchar(20),
    photo_alt          varchar(250),
    status             varchar(9)    not null check (status in ('DRAFT', 'PUBLISHED')),
    last_confirmed_at  timestamptz   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    search_vector      tsvector generated always as (
        setweight(to_tsvector('directory_french'::regconfig, name), 'A')
        || setweight(to_tsvector('directory_french'::regconfig, coalesce(description, '') || ' ' || coalesce(address, '')), 'B')
    ) stored,
    search_text        text generated always as (
        directory_plain(name || ' ' || coalesce(description, ''))
    ) stored,
    primary key (tenant_id, id),
    foreign key (tenant_id, category_id) references directory_category (tenant_id, id),
    check ((latitude is null) = (longitude is null)),
    check ((photo is null) = (photo_alt is null))
);
create index directory_entry_category_idx on directory_entry (tenant_id, category_id, name);
-- Not led by tenant_id (see waste-billing's payer search): in a GIN index a tenant_id
-- column is one posting list of every row of the tenant; the query's tenant condition and
-- row-level security filter what the index finds.
create index directory_entry_vector_idx on directory_entry using gin (search_vector);
create index directory_entry_trgm_idx on directory_entry using gin (search_text gin_trgm_ops);
select clocher_protect_tenant_table('directory_entry');

-- The explicit, read-only, public-only path from a member commune to its groups'
-- directories (DESIGN.md, "Tenancy"; decision 0017): besides tenant_isolation, SELECT
-- alone admits the PUBLISHED rows of a tenant the current tenant is a member of, and the
-- categories of such a tenant. Never drafts, never a write.
create policy group_public_to_members on directory_entry for select
    using (status = 'PUBLISHED' and tenant_id in (select m.group_id from tenant_membership m
                                                  where m.member_id = clocher_current_tenant()));
create policy group_public_to_members on directory_category for select
    using (tenant_id in (select m.group_id from tenant_membership m
                         where m.member_id = clocher_current_tenant()));
