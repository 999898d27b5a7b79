-- What secretaries and operators changed in a tenant: who, when, which module, what.
-- A tenant table: a secretary reads her commune's changes under row-level security.
create table change_log (
    tenant_id  uuid         not null,
    id         bigint       generated always as identity,
    at         timestamptz  not null,
    actor      varchar(200) not null,
    module_key varchar(40)  not null,
    what_fr    varchar(500) not null,
    what_en    varchar(500) not null,
    primary key (tenant_id, id)
);
create index change_log_recent_idx on change_log (tenant_id, at desc);
select clocher_protect_tenant_table('change_log');
