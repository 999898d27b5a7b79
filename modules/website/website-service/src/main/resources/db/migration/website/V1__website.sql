-- The website module. Every table is a tenant table: tenant_id leads the primary key and
-- row-level security is forced.

-- Pages written by the secretary: the draft (what she edits) and the published copy (what
-- residents read, null while not public). The slug is the page's address, unique per commune.
create table website_page (
    tenant_id         uuid         not null,
    id                uuid         not null,
    slug              varchar(80)  not null,
    title             varchar(150) not null,
    summary           varchar(300),
    body              text         not null,
    published_title   varchar(150),
    published_summary varchar(300),
    published_body    text,
    published_at      timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    primary key (tenant_id, id),
    constraint website_page_slug_unique unique (tenant_id, slug)
);
select clocher_protect_tenant_table('website_page');

-- Structured settings, one JSON document each: menu, home, town-hall, theme, council and
-- the generated pages' edits (only the fields that differ from the generated text).
create table website_document (
    tenant_id  uuid        not null,
    name       varchar(40) not null,
    content    jsonb       not null,
    updated_at timestamptz not null,
    primary key (tenant_id, name)
);
select clocher_protect_tenant_table('website_document');

-- Images (re-encoded, resized, with a small version) and documents, stored with the
-- commune's data so that row-level security covers them and a backup holds everything.
create table website_file (
    tenant_id     uuid         not null,
    id            uuid         not null,
    kind          varchar(10)  not null check (kind in ('IMAGE', 'DOCUMENT')),
    file_name     varchar(200) not null,
    title         varchar(200),
    alt           varchar(250),
    content_type  varchar(100) not null,
    width         integer,
    height        integer,
    size          bigint       not null,
    content       bytea        not null,
    small_content bytea,
    created_at    timestamptz  not null,
    primary key (tenant_id, id)
);
create index website_file_kind_idx on website_file (tenant_id, kind, created_at desc);
select clocher_protect_tenant_table('website_file');
