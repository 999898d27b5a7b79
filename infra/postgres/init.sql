-- The Clocher database and its two roles, as DatabaseBootstrap creates them.
-- Development passwords: override them for anything but a laptop.
create role clocher_owner login nosuperuser nocreatedb nocreaterole nobypassrls password 'clocher-owner-dev';
create role clocher_app   login nosuperuser nocreatedb nocreaterole nobypassrls password 'clocher-app-dev';
create database clocher owner clocher_owner;
\connect clocher
alter schema public owner to clocher_owner;
revoke all on schema public from public;
revoke all on database clocher from public;
grant connect, temporary on database clocher to clocher_app;
grant usage on schema public to clocher_app;
