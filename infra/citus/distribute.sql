-- Turns a Clocher database on a Citus coordinator into a distributed one: run with psql
-- (it uses \gexec), as a superuser, in the platform's database, after the services'
-- migrations have run. Safe to run again: a table already distributed or replicated is
-- left alone, so run it after every release whose migrations add a table.
--
--   tenant tables (row-level security on tenant_id): create_distributed_table by
--     tenant_id, all co-located with module_activation, a table after those it refers to;
--   platform tables (no tenant policy): create_reference_table, a copy on every node;
--   Flyway's histories stay on the coordinator, where the migrations run.
\set ON_ERROR_STOP on

-- The platform's triggers (immutable invoices, invoice references) run on the workers
-- with the rows they guard; Citus asks for this to distribute a table that has triggers.
set citus.enable_unsafe_triggers = on;

with recursive tables as (
    select c.oid, c.relname, c.relrowsecurity as tenant_table
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where c.relkind = 'r' and c.relpersistence = 'p'
      and c.relname not like 'flyway%history%'
      and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid)
),
depth (oid, level) as (
    select t.oid, 0 from tables t
    union all
    select f.conrelid, d.level + 1
    from depth d
    join pg_constraint f on f.contype = 'f' and f.confrelid = d.oid and f.conrelid <> d.oid
    where d.level < 20
)
select case when t.tenant_table
            then format('select create_distributed_table(%L, %L, colocate_with => %L)',
                        t.relname, 'tenant_id',
                        case when t.relname = 'module_activation' then 'default' else 'module_activation' end)
            else format('select create_reference_table(%L)', t.relname) end
from tables t
join (select oid, max(level) as level from depth group by oid) d on d.oid = t.oid
order by t.tenant_table, (t.relname <> 'module_activation'), d.level, t.relname
\gexec

-- What the coordinator now knows: every public table but Flyway's, distributed or replicated.
select logicalrelid::regclass as "table",
       case partmethod when 'h' then 'distributed by ' || column_to_column_name(logicalrelid, partkey)
                       when 'n' then 'reference' end as kind,
       colocationid as "co-location group"
from pg_dist_partition
order by partmethod, logicalrelid::regclass::text;
