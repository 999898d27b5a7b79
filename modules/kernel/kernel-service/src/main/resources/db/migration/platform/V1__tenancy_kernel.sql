-- The tenancy kernel. Run as the owner role; the services connect as ${appRole}, which
-- owns nothing and cannot bypass row-level security.

-- What the application role may do with what the owner creates from now on, here and in
-- every module's migrations: use rows, never change the schema.
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};

-- The tenant of the current unit of work, set by the services on every connection
-- checkout. Empty or absent means no tenant: every policy then matches nothing.
create function clocher_current_tenant() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('clocher.tenant_id', true), '')::uuid $$;

-- Every tenant table calls this once: row-level security enabled and forced, one policy
-- for reads and writes on tenant_id.
create function clocher_protect_tenant_table(target regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s using (tenant_id = clocher_current_tenant())'
                   ' with check (tenant_id = clocher_current_tenant())', target);
end
$$;
revoke execute on function clocher_protect_tenant_table(regclass) from public;

-- Platform tables: not tenant-scoped, reachable only through operator endpoints.
create table tenant (
    id            uuid primary key,
    kind          varchar(20)  not null check (kind in ('COMMUNE', 'INTERCOMMUNALITY', 'SYNDICATE')),
    official_code varchar(14)  not null,
    slug          varchar(63)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          varchar(200) not null,
    search_name   varchar(200) not null,
    department    varchar(3),
    region        varchar(3),
    population    integer check (population >= 0),
    status        varchar(20)  not null check (status in ('ACTIVE', 'SUSPENDED', 'ARCHIVED')),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    unique (kind, official_code)
);
create index tenant_search_name_idx on tenant (search_name text_pattern_ops);
create index tenant_department_idx on tenant (department, search_name);
create index tenant_kind_status_idx on tenant (kind, status);

create table tenant_host (
    host       varchar(253) primary key,
    tenant_id  uuid        not null references tenant (id),
    kind       varchar(10) not null check (kind in ('PLATFORM', 'CUSTOM')),
    created_at timestamptz not null
);
create index tenant_host_tenant_idx on tenant_host (tenant_id);
-- Platform tables that mention a tenant say so, so that the check "every table with a
-- tenant_id is protected by row-level security" knows them.
comment on table tenant_host is 'platform: which host serves which tenant';

-- A commune's membership of an intercommunality or a syndicate.
create table tenant_membership (
    group_id  uuid not null references tenant (id),
    member_id uuid not null references tenant (id),
    primary key (group_id, member_id),
    check (group_id <> member_id)
);
create index tenant_membership_member_idx on tenant_membership (member_id);

-- Tenant tables: tenant_id leads the primary key (index use under row-level security,
-- co-location when distributed by tenant_id).
create table module_activation (
    tenant_id  uuid        not null,
    module_key varchar(40) not null,
    enabled    boolean     not null,
    settings   jsonb       not null default '{}',
    updated_at timestamptz not null,
    primary key (tenant_id, module_key)
);
select clocher_protect_tenant_table('module_activation');
