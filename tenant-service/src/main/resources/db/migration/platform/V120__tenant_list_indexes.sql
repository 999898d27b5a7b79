-- The operator console's tenant list (36,224 tenants at full scale): sorted by name or
-- population a page at a time, filtered by code prefix and by the modules switched on.
-- tenant_search_name_idx (text_pattern_ops) serves prefix search; this one serves ORDER BY.
create index tenant_name_order_idx on tenant (search_name, id);
create index tenant_population_idx on tenant (population desc nulls last);
create index tenant_official_code_prefix_idx on tenant (official_code text_pattern_ops);
create index tenant_module_switches_idx on tenant using gin (module_switches jsonb_path_ops);
