-- Who made a change, by her id at the identity provider (the token's subject), beside the
-- name shown. Null for the platform's own changes and for changes recorded before.
-- Adding a column leaves the table's row-level security as it is.
alter table change_log add column actor_id varchar(255);
