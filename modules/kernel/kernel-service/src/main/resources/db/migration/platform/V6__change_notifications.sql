-- Every instance of the services keeps the registry's lookups and the sites' versions in
-- memory; these triggers tell them all, on commit, what changed, whoever wrote it (the
-- registry, a module, an operator at the psql prompt). Payload: the tenant's id, and for
-- a site the new version after a colon.
create function clocher_notify_tenant() returns trigger language plpgsql as $$
begin
    perform pg_notify('clocher_registry', (case when tg_op = 'DELETE' then old.id else new.id end)::text);
    return null;
end
$$;

create trigger tenant_changed after insert or delete or update of slug, name, kind, status on tenant
    for each row execute function clocher_notify_tenant();

create function clocher_notify_tenant_host() returns trigger language plpgsql as $$
begin
    perform pg_notify('clocher_registry',
        (case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end)::text);
    if tg_op = 'UPDATE' and old.tenant_id <> new.tenant_id then
        perform pg_notify('clocher_registry', old.tenant_id::text);
    end if;
    return null;
end
$$;

create trigger tenant_host_changed after insert or delete or update on tenant_host
    for each row execute function clocher_notify_tenant_host();

create function clocher_notify_site_version() returns trigger language plpgsql as $$
begin
    perform pg_notify('clocher_site', new.tenant_id::text || ':' || new.version::text);
    return null;
end
$$;

create trigger site_version_changed after insert or update on site_version
    for each row execute function clocher_notify_site_version();
