-- The version of each commune's public site: moves with every change residents may see,
-- gives the public pages their ETag and Last-Modified. A tenant table.
create table site_version (
    tenant_id  uuid        not null primary key,
    version    bigint      not null,
    changed_at timestamptz not null
);
select clocher_protect_tenant_table('site_version');
