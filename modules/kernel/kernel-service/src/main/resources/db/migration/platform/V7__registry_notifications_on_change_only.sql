-- A tenant or a host just inserted is in no instance's memory (only tenants found are kept,
-- never a miss), so its insertion needs no notification: onboarding 36,000 communes must not
-- make every instance scan its kept lookups 36,000 times. Changes and deletions still notify.
drop trigger tenant_changed on tenant;
create trigger tenant_changed after delete or update of slug, name, kind, status on tenant
    for each row execute function clocher_notify_tenant();

drop trigger tenant_host_changed on tenant_host;
create trigger tenant_host_changed after delete or update on tenant_host
    for each row execute function clocher_notify_tenant_host();
