-- tenant-service's platform tables (versions 100 and up; the kernel's are below 100).

-- What must be done in Keycloak for a tenant, recorded in the same transaction as the
-- change that asks for it, then carried out and retried until done: nothing is half
-- provisioned without the platform knowing.
create table provisioning_task (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id),
    kind            varchar(30)  not null check (kind in ('ORGANIZATION', 'SECRETARY', 'ORGANIZATION_STATUS')),
    argument        varchar(320),
    status          varchar(10)  not null check (status in ('PENDING', 'DONE')),
    attempts        integer      not null default 0,
    last_error      text,
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    done_at         timestamptz
);
create index provisioning_task_pending_idx on provisioning_task (next_attempt_at) where status = 'PENDING';
create index provisioning_task_tenant_idx on provisioning_task (tenant_id, created_at);
comment on table provisioning_task is 'platform: identity provisioning work per tenant (outbox)';
