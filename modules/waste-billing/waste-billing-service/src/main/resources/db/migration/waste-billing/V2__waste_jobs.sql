-- Long work run in the background for one tenant (a lift import, a billing run's
-- computation): its progress, its outcome, and why it failed.
create table waste_job (
    tenant_id   uuid        not null,
    id          uuid        not null,
    kind        varchar(20) not null,
    state       varchar(10) not null,
    done        bigint      not null default 0,
    total       bigint,
    result_id   uuid,
    message_fr  text,
    message_en  text,
    error_count bigint      not null default 0,
    started_at  timestamptz not null,
    finished_at timestamptz,
    primary key (tenant_id, id)
);
select clocher_protect_tenant_table('waste_job');

-- The errors of a failed job (the first ones, all counted in error_count): which line,
-- which field, why.
create table waste_job_error (
    tenant_id uuid    not null,
    job_id    uuid    not null,
    position  integer not null,
    line      bigint,
    field     text,
    reason_fr text    not null,
    reason_en text    not null,
    primary key (tenant_id, job_id, position),
    foreign key (tenant_id, job_id) references waste_job (tenant_id, id) on delete cascade
);
select clocher_protect_tenant_table('waste_job_error');
