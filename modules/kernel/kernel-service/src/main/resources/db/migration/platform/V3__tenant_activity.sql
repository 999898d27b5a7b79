-- What operators see across all tenants without reading tenant data: when a tenant last
-- changed anything, and which modules it has switched on or off (module key -> boolean;
-- a module absent here has its default). Both are written by the kernel in the same
-- transaction as the change itself.
alter table tenant add column last_activity_at timestamptz;
alter table tenant add column module_switches jsonb not null default '{}';
create index tenant_last_activity_idx on tenant (last_activity_at desc nulls last);
