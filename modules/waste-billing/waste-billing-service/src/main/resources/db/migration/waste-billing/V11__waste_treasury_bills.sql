-- What the treasury prints on the bills it posts (PES Edition 07, the PES_Facture
-- attached to the roll): the issuer, its Banque de France issuer number, who signs, the
-- public finance centre's and the collection centre's addresses. Null on the rows saved
-- before: the export names each missing field before any file is produced.
alter table waste_treasury_settings
    add column issuer_name          varchar(38),
    add column issuer_street        varchar(38),
    add column issuer_postcode      varchar(5),
    add column issuer_city          varchar(38),
    add column issuer_number        varchar(13),
    add column signatory_name       varchar(38),
    add column signatory_first_name varchar(38),
    add column signatory_role       varchar(50),
    add column centre_street        varchar(38),
    add column centre_postcode      varchar(5),
    add column centre_city          varchar(38),
    add column collection_tsa       varchar(38),
    add column collection_postcode  varchar(5),
    add column collection_city      varchar(38);
