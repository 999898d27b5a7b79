-- The benchmark's notice board: a tenant table like any module's.
create table bench_notice (
    tenant_id    uuid         not null,
    id           uuid         not null,
    published_at timestamptz  not null,
    title        varchar(200) not null,
    body         text         not null,
    primary key (tenant_id, id)
);
-- A board's home: its latest notices.
create index bench_notice_latest_idx on bench_notice (tenant_id, published_at desc);
select clocher_protect_tenant_table('bench_notice');
