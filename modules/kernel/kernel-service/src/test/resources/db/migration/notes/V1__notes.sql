create table note (
    tenant_id uuid not null,
    id        uuid not null,
    body      text not null,
    primary key (tenant_id, id)
);
select clocher_protect_tenant_table('note');
