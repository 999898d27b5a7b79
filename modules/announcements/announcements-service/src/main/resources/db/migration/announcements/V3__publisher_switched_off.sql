-- A tenant that switches the module off stops showing its announcements everywhere, on
-- its member communes' sites too; switching it on again shows them again. publisher_off
-- follows the publishing tenant's switch; the public-only policies admit a group's rows
-- only while it is false.
alter table announcement add column publisher_off boolean not null default false;

drop policy group_public_to_members on announcement;
create policy group_public_to_members on announcement for select
    using (on_site and not publisher_off
           and tenant_id in (select m.group_id from tenant_membership m
                             where m.member_id = clocher_current_tenant()));

drop policy group_public_to_members on announcement_image;
create policy group_public_to_members on announcement_image for select
    using (tenant_id in (select m.group_id from tenant_membership m where m.member_id = clocher_current_tenant())
           and exists (select 1 from announcement a
                       where a.tenant_id = announcement_image.tenant_id and a.image_id = announcement_image.id
                         and a.on_site and not a.publisher_off));
