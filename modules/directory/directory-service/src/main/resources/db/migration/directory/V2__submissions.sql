-- Proposals from the public site, without an account. content: the proposed entry's
-- fields as JSON (checked like the secretary's). entry_id: the entry a correction is for.
-- The submitter's e-mail is kept for the confirmation and the decision only, never
-- published. token_hash: SHA-256 of the confirmation link's random token (the token
-- itself is only in the mail). UNCONFIRMED until the link is followed, then PENDING for
-- the secretary, then APPROVED or REJECTED (with its reason).
create table directory_submission (
    tenant_id       uuid         not null,
    id              uuid         not null,
    entry_id        uuid,
    content         jsonb        not null,
    submitter_email varchar(254) not null,
    token_hash      bytea        not null,
    status          varchar(11)  not null check (status in ('UNCONFIRMED', 'PENDING', 'APPROVED', 'REJECTED')),
    reason          varchar(500),
    created_at      timestamptz  not null,
    confirmed_at    timestamptz,
    decided_at      timestamptz,
    primary key (tenant_id, id),
    constraint directory_submission_token_unique unique (tenant_id, token_hash),
    check (status <> 'REJECTED' or reason is not null)
);
create index directory_submission_status_idx on directory_submission (tenant_id, status, created_at);
select clocher_protect_tenant_table('directory_submission');

-- Proof-of-work challenges already used (ALTCHA does not stop a solved challenge from
-- being replayed), kept until they expire.
create table directory_challenge_used (
    tenant_id  uuid        not null,
    signature  varchar(64) not null,
    expires_at timestamptz not null,
    primary key (tenant_id, signature)
);
select clocher_protect_tenant_table('directory_challenge_used');

-- The key of the challenges' HMAC, the same on every instance, made here from the
-- database's strong random source (gen_random_uuid: 122 random bits each) so that no
-- deployment has to provide one. A platform table: one row, no tenant's data.
create table directory_key (
    name  varchar(20) primary key,
    value text        not null
);
comment on table directory_key is 'platform: the directory''s challenge key (no tenant data)';
insert into directory_key (name, value)
values ('challenge', replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
