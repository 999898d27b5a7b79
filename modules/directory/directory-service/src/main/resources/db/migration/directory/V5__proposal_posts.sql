-- The proposals' rate limit, shared by every instance (an address gets its few posts an
-- hour whichever instance answers it): one row per post to one commune's form, the
-- address kept as its SHA-256 only, deleted once out of the window (by the next post from
-- the address, and by the directory's sweep). An advisory lock on the tenant and the
-- address makes the count and the insert of two concurrent posts one after the other.
create table directory_proposal_post (
    tenant_id    uuid        not null,
    id           bigint      generated always as identity,
    address_hash bytea       not null,
    posted_at    timestamptz not null,
    primary key (tenant_id, id)
);
create index directory_proposal_post_address_idx on directory_proposal_post (tenant_id, address_hash, posted_at);
select clocher_protect_tenant_table('directory_proposal_post');
