-- The announcements module. Every table is a tenant table: tenant_id leads the primary
-- key and row-level security is forced (clocher_protect_tenant_table).

-- News, events and alerts, one row each. status is what the secretary chose (DRAFT,
-- PUBLISHED, ARCHIVED); publish_at when it goes public. on_site says it IS public: set
-- in the publishing transaction when publish_at is not in the future, else by the
-- publication sweep when publish_at falls due (one update of this flag, so exactly once
-- whichever instance gets there first); cleared on unpublishing and archiving.
-- expiry_done: the sweep has seen an alert's end (and touched the site version).
create table announcement (
    tenant_id        uuid         not null,
    id               uuid         not null,
    kind             varchar(5)   not null check (kind in ('NEWS', 'EVENT', 'ALERT')),
    title            varchar(150) not null,
    summary          varchar(300),
    body             text         not null default '',
    category         varchar(60),
    image_id         uuid,
    place            varchar(200),
    registration_url varchar(500),
    all_day          boolean      not null default false,
    starts_local     timestamp,
    ends_local       timestamp,
    ends_at          timestamptz,
    status           varchar(9)   not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    publish_at       timestamptz,
    on_site          boolean      not null default false,
    expiry_done      boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    primary key (tenant_id, id),
    check (kind <> 'EVENT' or (starts_local is not null and ends_local is not null and ends_local >= starts_local)),
    check (kind <> 'ALERT' or ends_at is not null),
    check (status = 'PUBLISHED' or not on_site)
);
create index announcement_public_idx on announcement (tenant_id, kind, publish_at desc) where on_site;
create index announcement_due_idx on announcement (tenant_id, publish_at) where status = 'PUBLISHED' and not on_site;
select clocher_protect_tenant_table('announcement');

-- The explicit, read-only, public-only path from a member commune to its groups'
-- announcements (DESIGN.md, "Tenancy"): besides tenant_isolation, SELECT alone admits the
-- rows that ARE public (on_site) of a tenant the current tenant is a member of. Nothing
-- else: not drafts, not scheduled rows, not another commune's rows, and never a write.
create policy group_public_to_members on announcement for select
    using (on_site and tenant_id in (select m.group_id from tenant_membership m
                                     where m.member_id = clocher_current_tenant()));

-- Images of news items, re-read and checked on upload, with their alternative text.
create table announcement_image (
    tenant_id    uuid         not null,
    id           uuid         not null,
    alt          varchar(250) not null,
    content_type varchar(20)  not null,
    width        integer      not null,
    height       integer      not null,
    size         bigint       not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    primary key (tenant_id, id)
);
select clocher_protect_tenant_table('announcement_image');

-- The same public-only path for the image of a group's public news item.
create policy group_public_to_members on announcement_image for select
    using (tenant_id in (select m.group_id from tenant_membership m where m.member_id = clocher_current_tenant())
           and exists (select 1 from announcement a
                       where a.tenant_id = announcement_image.tenant_id and a.image_id = announcement_image.id
                         and a.on_site));

-- A group's announcement a member commune does not show (the row is the commune's).
create table announcement_hidden (
    tenant_id       uuid        not null,
    group_id        uuid        not null,
    announcement_id uuid        not null,
    hidden_at       timestamptz not null,
    primary key (tenant_id, group_id, announcement_id)
);
select clocher_protect_tenant_table('announcement_hidden');
