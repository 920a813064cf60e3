-- The organisation the desk publishes for: one row, edited by admins (name, web address, contact, logo and
-- methodology in Markdown). The application creates it from claimboard.organisation.name when it is missing.
create table organisation (
    id bigint primary key,
    version bigint not null,
    name varchar(200) not null,
    website_url varchar(2000),
    contact_email varchar(320),
    methodology_markdown varchar(20000),
    logo bytea,
    logo_type varchar(50),
    updated_at timestamp(6) with time zone not null
);
