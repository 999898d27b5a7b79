-- A billing run writes every invoice of the period in one statement (100,000 for a large
-- syndicate). The two foreign keys checked, and locked, the payer and the run once per
-- row: one query and one row lock each, about half of that statement's time. The same
-- guarantees now cost one set-based check per statement:
-- * an invoice's payer and run exist in its tenant when it is written (the trigger below,
--   one anti-join over the statement's new rows, under row-level security);
-- * they stay: the services never delete a payer (a payer leaves with active_to) nor a run,
--   and are no longer allowed to; whoever deletes a tenant's data does it as the owner;
-- * an invoice never moves to another payer or run (waste_invoice_immutable).
alter table waste_invoice drop constraint waste_invoice_tenant_id_payer_id_fkey;
alter table waste_invoice drop constraint waste_invoice_tenant_id_run_id_fkey;
revoke delete on waste_payer, waste_billing_run from ${appRole};

create function waste_invoice_references() returns trigger
    language plpgsql
as $$
declare
    orphan record;
begin
    select n.id, n.payer_id, n.run_id,
           not exists (select 1 from waste_payer p where p.tenant_id = n.tenant_id and p.id = n.payer_id)
               as payer_missing
    into orphan
    from added n
    where not exists (select 1 from waste_payer p where p.tenant_id = n.tenant_id and p.id = n.payer_id)
       or not exists (select 1 from waste_billing_run r where r.tenant_id = n.tenant_id and r.id = n.run_id)
    limit 1;
    if found then
        raise foreign_key_violation using message = case when orphan.payer_missing
            then format('waste_invoice %s: payer %s does not exist', orphan.id, orphan.payer_id)
            else format('waste_invoice %s: billing run %s does not exist', orphan.id, orphan.run_id) end;
    end if;
    return null;
end
$$;
create trigger waste_invoice_references after insert on waste_invoice
    referencing new table as added for each statement execute function waste_invoice_references();

create or replace function waste_invoice_immutable() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' then
        if old.number is not null then
            raise exception 'waste_invoice %: an issued invoice is never deleted', old.number;
        end if;
        return old;
    end if;
    if new.payer_id <> old.payer_id or new.run_id <> old.run_id or new.tenant_id <> old.tenant_id then
        raise exception 'waste_invoice %: an invoice never moves to another payer or run', old.id;
    end if;
    if old.number is not null and (new.number is distinct from old.number
            or new.total_cents <> old.total_cents or new.payer_id <> old.payer_id
            or new.kind <> old.kind or new.issued_at is distinct from old.issued_at
            or new.corrects is distinct from old.corrects
            or (old.corrected_by is not null and new.corrected_by is distinct from old.corrected_by)) then
        raise exception 'waste_invoice %: an issued invoice never changes', old.number;
    end if;
    return new;
end
$$;

-- A draft has no number yet: the unique index holds issued invoices only, so computing a
-- run writes no entry there.
alter table waste_invoice drop constraint waste_invoice_number_unique;
create unique index waste_invoice_number_unique on waste_invoice (tenant_id, number) where number is not null;
