-- Which tenants have work due for the announcements' workers, and from when, so that the
-- publication sweep and the mail worker visit those tenants alone instead of every tenant
-- each turn (35,000 of them). A platform table: a tenant id, a kind of work, a moment,
-- nothing of any announcement, subscriber or mail. The tenant's own transaction that
-- creates the work (a scheduled publication, a published alert's end, mail put in the
-- outbox) writes its moment here, keeping the earliest; the worker, in the tenant's
-- transaction and under its context (row-level security stays on for the content), locks
-- the row, does the work, and writes the next moment from the tenant's rows or deletes
-- the row when nothing is left.
create table announcement_due (
    work      varchar(5)  not null check (work in ('SWEEP', 'MAIL')),
    tenant_id uuid        not null,
    due_at    timestamptz not null,
    primary key (work, tenant_id)
);
create index announcement_due_at_idx on announcement_due (work, due_at);
comment on table announcement_due is 'platform: which tenants have announcements work due, and from when (no content)';

-- Work created before this table: every tenant is visited once, then only when due.
insert into announcement_due (work, tenant_id, due_at)
select w.work, t.id, '-infinity' from tenant t cross join (values ('SWEEP'), ('MAIL')) w (work);
