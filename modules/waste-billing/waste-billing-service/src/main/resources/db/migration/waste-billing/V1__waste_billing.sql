-- The waste billing module. Every table is a tenant table: tenant_id leads the primary key
-- and every index, row-level security is forced (clocher_protect_tenant_table).

-- The secretary's search finds a payer by any part of its reference, name or address:
-- trigrams (pg_trgm is a trusted extension: the database's owner, who runs the
-- migrations, may create it).
create extension if not exists pg_trgm;

-- Payers: households and professionals of the tenant's member communes. search_text is
-- the reference, name and address in lower case without accents, for the secretary's search.
create table waste_payer (
    tenant_id             uuid         not null,
    id                    uuid         not null,
    kind                  varchar(12)  not null check (kind in ('HOUSEHOLD', 'PROFESSIONAL')),
    reference             varchar(30)  not null,
    name                  varchar(200) not null,
    address               varchar(300) not null,
    commune_id            uuid         not null,
    household_size        integer      check (household_size between 1 and 30),
    professional_category varchar(40),
    active_from           date         not null,
    active_to             date,
    search_text           text         not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    primary key (tenant_id, id),
    constraint waste_payer_reference_unique unique (tenant_id, reference),
    check (active_to is null or active_to >= active_from)
);
create index waste_payer_name_idx on waste_payer (tenant_id, lower(name), id);
-- Not led by tenant_id: in a GIN index a tenant_id column (btree_gin) is one posting list
-- of every row of the tenant, intersected with the trigrams' at each search (22 ms in the
-- index alone for a common name at 100,000 payers); row-level security and the query's
-- tenant condition filter the rows found.
create index waste_payer_search_idx on waste_payer using gin (search_text gin_trgm_ops);
select clocher_protect_tenant_table('waste_payer');

create table waste_exemption (
    tenant_id       uuid         not null,
    id              uuid         not null,
    payer_id        uuid         not null,
    reason          varchar(200) not null,
    proof_reference varchar(100) not null,
    valid_from      date         not null,
    valid_to        date,
    primary key (tenant_id, id),
    foreign key (tenant_id, payer_id) references waste_payer (tenant_id, id),
    check (valid_to is null or valid_to >= valid_from)
);
create index waste_exemption_payer_idx on waste_exemption (tenant_id, payer_id);
select clocher_protect_tenant_table('waste_exemption');

-- Bins: the RFID tag is unique within the tenant; a lost or stolen bin is blacklisted
-- from a date.
create table waste_bin (
    tenant_id        uuid        not null,
    id               uuid        not null,
    tag              varchar(40) not null,
    volume_litres    integer     not null check (volume_litres between 10 and 5000),
    blacklisted_from date,
    blacklist_reason varchar(200),
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    constraint waste_bin_tag_unique unique (tenant_id, tag)
);
select clocher_protect_tenant_table('waste_bin');

-- Who holds a bin when (last day included; end_date null while it lasts). The service
-- keeps a bin's ranges apart under a lock of the bin's row.
create table waste_bin_assignment (
    tenant_id  uuid not null,
    id         uuid not null,
    bin_id     uuid not null,
    payer_id   uuid not null,
    start_date date not null,
    end_date   date,
    primary key (tenant_id, id),
    foreign key (tenant_id, bin_id) references waste_bin (tenant_id, id),
    foreign key (tenant_id, payer_id) references waste_payer (tenant_id, id),
    check (end_date is null or end_date >= start_date)
);
create index waste_bin_assignment_bin_idx on waste_bin_assignment (tenant_id, bin_id, start_date);
create index waste_bin_assignment_payer_idx on waste_bin_assignment (tenant_id, payer_id);
select clocher_protect_tenant_table('waste_bin_assignment');

-- The tariff grid voted for a year, one JSON document checked by the service.
create table waste_tariff (
    tenant_id  uuid        not null,
    year       integer     not null,
    grid       jsonb       not null,
    updated_at timestamptz not null,
    primary key (tenant_id, year)
);
select clocher_protect_tenant_table('waste_tariff');

-- Lift files accepted (a refused file leaves nothing).
create table waste_lift_import (
    tenant_id          uuid         not null,
    id                 uuid         not null,
    file_name          varchar(255) not null,
    imported_at        timestamptz  not null,
    lines              bigint       not null,
    imported           bigint       not null,
    already_imported   bigint       not null,
    duplicates_in_file bigint       not null,
    primary key (tenant_id, id)
);
select clocher_protect_tenant_table('waste_lift_import');

-- Lifts: one per source reference (the vehicle's id, or truck|tag|timestamp), so a file
-- imported twice never counts a lift twice. Anomalies are kept with their kind; bin_id is
-- null for an unknown tag.
create table waste_lift (
    tenant_id    uuid         not null,
    source_ref   varchar(200) not null,
    import_id    uuid         not null,
    line         bigint       not null,
    tag          varchar(40)  not null,
    bin_id       uuid,
    lifted_at    timestamptz  not null,
    lifted_on    date         not null,
    weight_grams bigint,
    latitude     double precision,
    longitude    double precision,
    truck        varchar(40)  not null,
    anomaly      varchar(20)  check (anomaly in ('UNKNOWN_TAG', 'BLACKLISTED_BIN', 'BIN_NOT_ASSIGNED', 'WEIGHT_OUTLIER')),
    primary key (tenant_id, source_ref)
);
create index waste_lift_bin_idx on waste_lift (tenant_id, bin_id, lifted_on);
create index waste_lift_import_idx on waste_lift (tenant_id, import_id, line) where anomaly is not null;
select clocher_protect_tenant_table('waste_lift');

-- Billing runs per period.
create table waste_billing_run (
    tenant_id     uuid        not null,
    id            uuid        not null,
    year          integer     not null,
    period_start  date        not null,
    period_end    date        not null,
    status        varchar(10) not null check (status in ('DRAFT', 'REVIEW', 'VALIDATED', 'ISSUED')),
    computed_at   timestamptz,
    validated_at  timestamptz,
    issued_at     timestamptz,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    constraint waste_billing_run_period_unique unique (tenant_id, period_start, period_end)
);
select clocher_protect_tenant_table('waste_billing_run');

-- Invoices and credit notes. number is given when the run is issued; an issued invoice
-- never changes (trigger below). A correction belongs to the run of the invoice it corrects.
create table waste_invoice (
    tenant_id    uuid        not null,
    id           uuid        not null,
    run_id       uuid        not null,
    payer_id     uuid        not null,
    kind         varchar(12) not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    number       varchar(20),
    number_year  integer,
    number_seq   integer,
    issued_at    timestamptz,
    corrects     uuid,
    corrected_by uuid,
    total_cents  bigint      not null,
    primary key (tenant_id, id),
    constraint waste_invoice_number_unique unique (tenant_id, number),
    foreign key (tenant_id, run_id) references waste_billing_run (tenant_id, id),
    foreign key (tenant_id, payer_id) references waste_payer (tenant_id, id)
);
create index waste_invoice_run_idx on waste_invoice (tenant_id, run_id, payer_id);
create index waste_invoice_payer_idx on waste_invoice (tenant_id, payer_id);
select clocher_protect_tenant_table('waste_invoice');

create table waste_invoice_line (
    tenant_id      uuid         not null,
    invoice_id     uuid         not null,
    line_no        integer      not null,
    code           varchar(20)  not null,
    label          varchar(200) not null,
    basis          varchar(300) not null,
    months         integer,
    volume_litres  integer,
    persons        integer,
    lifts_counted  integer,
    lifts_included integer,
    extra_lifts    integer,
    weight_grams   bigint,
    unit_cents     bigint,
    amount_cents   bigint       not null,
    primary key (tenant_id, invoice_id, line_no)
);
select clocher_protect_tenant_table('waste_invoice_line');

-- The next invoice number per tenant and year, taken with select ... for update inside
-- the issuing transaction: numbers have no gaps, whatever runs concurrently or fails.
create table waste_invoice_counter (
    tenant_id   uuid    not null,
    year        integer not null,
    last_number integer not null,
    primary key (tenant_id, year)
);
select clocher_protect_tenant_table('waste_invoice_counter');

-- An issued invoice never changes and is never deleted; only the link to the correction
-- that cancels it may be set, once.
create function waste_invoice_immutable() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' then
        if old.number is not null then
            raise exception 'waste_invoice %: an issued invoice is never deleted', old.number;
        end if;
        return old;
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
create trigger waste_invoice_immutable before update or delete on waste_invoice
    for each row execute function waste_invoice_immutable();

create function waste_invoice_line_immutable() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from waste_invoice i where i.tenant_id = old.tenant_id and i.id = old.invoice_id
               and i.number is not null) then
        raise exception 'waste_invoice_line: the lines of an issued invoice never change';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger waste_invoice_line_immutable before update or delete on waste_invoice_line
    for each row execute function waste_invoice_line_immutable();
