-- The yearly mail asking an entry's owner (its public e-mail) to confirm it is current:
-- reminded_at when the last one left; owner_token_hash the SHA-256 of its one-click
-- link's random token (cleared once used).
alter table directory_entry add column reminded_at timestamptz;
alter table directory_entry add column owner_token_hash bytea;
create unique index directory_entry_owner_token_idx on directory_entry (tenant_id, owner_token_hash)
    where owner_token_hash is not null;
create index directory_entry_confirmed_idx on directory_entry (tenant_id, last_confirmed_at)
    where status = 'PUBLISHED' and email is not null;
