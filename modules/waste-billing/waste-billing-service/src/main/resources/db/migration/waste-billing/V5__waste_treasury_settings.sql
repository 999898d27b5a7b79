-- The collectivity's identifiers at the public treasury (Hélios), one row per tenant,
-- carried by the PES V2 file of an issued run. The service checks each field's format
-- before saving and again before producing a file.
create table waste_treasury_settings (
    tenant_id           uuid        not null,
    posting_office      varchar(7)  not null,
    posting_office_name varchar(38),
    siret               varchar(14) not null,
    collectivity_code   varchar(3)  not null,
    budget_code         varchar(2)  not null,
    budget_name         varchar(38),
    product_code        varchar(4)  not null,
    account             varchar(12) not null,
    function_code       varchar(10),
    key_nature          varchar(2)  not null,
    updated_at          timestamptz not null,
    primary key (tenant_id)
);
select clocher_protect_tenant_table('waste_treasury_settings');
