-- The payer's identity as the public treasury wants it in the PES file's debtor (Tiers):
-- a household (a natural person) needs its civility and first name beside its surname;
-- a professional is its legal name (raison sociale) and, when it has one, its SIRET.
-- Optional when saved (payers entered before have none); the PES export names every
-- household of the run still missing them before any file is made.
alter table waste_payer
    add column civility   varchar(10),
    add column first_name varchar(100),
    add column siret      char(14),
    add constraint waste_payer_civility_check check (civility in ('MONSIEUR', 'MADAME')),
    add constraint waste_payer_siret_check check (siret ~ '^[0-9]{14}$');
