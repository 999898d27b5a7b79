-- Reads of the public pages of announcements, counted without cookies or personal data:
-- one row per announcement and Paris day, a counter and nothing else (no address, no
-- browser, no time of day). Written by the read beacon under the commune's tenant context,
-- for the commune's own public announcements only; gone with the announcement.
create table announcement_read (
    tenant_id       uuid    not null,
    announcement_id uuid    not null,
    day             date    not null,
    reads           integer not null check (reads > 0),
    primary key (tenant_id, announcement_id, day),
    foreign key (tenant_id, announcement_id) references announcement (tenant_id, id) on delete cascade
);
select clocher_protect_tenant_table('announcement_read');
