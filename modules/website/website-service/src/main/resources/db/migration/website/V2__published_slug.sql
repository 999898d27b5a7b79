-- A published page keeps its address until the secretary publishes the new one: slug is
-- the draft's address, published_slug the one residents use (null while not public).
alter table website_page add column published_slug varchar(80);

-- The existing published pages keep the address they have. Row-level security is forced,
-- so the owner running this migration sees no row until it lifts the force for the one
-- statement (in this migration's transaction).
alter table website_page no force row level security;
update website_page set published_slug = slug where published_at is not null;
alter table website_page force row level security;

alter table website_page
    add constraint website_page_published_slug check ((published_at is null) = (published_slug is null)),
    add constraint website_page_published_slug_unique unique (tenant_id, published_slug);
