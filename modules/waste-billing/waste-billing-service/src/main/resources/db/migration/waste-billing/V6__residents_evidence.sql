-- The residents' evidence on a commune's site: attempts counted per client and per payer
-- reference in fixed windows (so the limits hold across instances), and one row per
-- lookup. Both belong to the commune whose site was asked (the request's tenant): the
-- intercommunality's data is only read, never written, from a member's site.

-- Attempts in the window starting at window_start; key_hash is the SHA-256 of the client's
-- address (IPv6: its /64) or of the reference typed, never the value itself. Rows of past
-- windows are deleted as new attempts come.
create table waste_evidence_attempt (
    tenant_id    uuid        not null,
    kind         varchar(9)  not null check (kind in ('ADDRESS', 'REFERENCE')),
    key_hash     varchar(64) not null,
    window_start timestamptz not null,
    attempts     integer     not null,
    primary key (tenant_id, kind, key_hash, window_start)
);
create index waste_evidence_attempt_window_idx on waste_evidence_attempt (tenant_id, window_start);
select clocher_protect_tenant_table('waste_evidence_attempt');

-- One row per lookup, kept for the retention period of the module's settings: when, the
-- client's network (IPv4 /24, IPv6 /48: never the whole address), the reference typed
-- and the outcome. The invoice number typed is not kept.
create table waste_evidence_lookup (
    tenant_id       uuid        not null,
    id              uuid        not null,
    looked_up_at    timestamptz not null,
    client_network  varchar(50) not null,
    payer_reference varchar(30) not null,
    outcome         varchar(12) not null check (outcome in ('FOUND', 'NOT_FOUND', 'RATE_LIMITED')),
    primary key (tenant_id, id)
);
create index waste_evidence_lookup_time_idx on waste_evidence_lookup (tenant_id, looked_up_at);
select clocher_protect_tenant_table('waste_evidence_lookup');
