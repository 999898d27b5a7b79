-- E-mail subscriptions without an account, and the outbox of their mail.

-- A resident's address and what they want (news, alerts or both); confirmed_at is null
-- until they confirm (double opt-in). Deleted on unsubscribe, with its mail.
create table announcement_subscriber (
    tenant_id    uuid         not null,
    id           uuid         not null,
    email        varchar(254) not null,
    topics       varchar(6)   not null check (topics in ('NEWS', 'ALERTS', 'BOTH')),
    confirmed_at timestamptz,
    created_at   timestamptz  not null,
    primary key (tenant_id, id),
    constraint announcement_subscriber_email_unique unique (tenant_id, email)
);
select clocher_protect_tenant_table('announcement_subscriber');

-- The outbox: one row per publication and subscriber (the key makes it once), written in
-- the transaction that puts the publication on the site (for a group's publication: in
-- each member's own transaction, once the group's is committed), sent by the mail worker,
-- which claims rows with skip locked so that two workers never take the same one.
-- publisher_id is the tenant that published (the commune, or its group).
create table announcement_mail (
    tenant_id       uuid         not null,
    announcement_id uuid         not null,
    publisher_id    uuid         not null,
    subscriber_id   uuid         not null,
    state           varchar(7)   not null check (state in ('PENDING', 'SENT')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    primary key (tenant_id, announcement_id, subscriber_id),
    foreign key (tenant_id, subscriber_id) references announcement_subscriber (tenant_id, id) on delete cascade
);
create index announcement_mail_pending_idx on announcement_mail (tenant_id, next_attempt_at) where state = 'PENDING';
select clocher_protect_tenant_table('announcement_mail');
