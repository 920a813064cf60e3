-- A source is a fetched address, an uploaded saved page or PDF, or an excerpt typed by hand with its
-- citation (title, outlet, date, and an address when there is one). A source removed from a claim that is not
-- published is kept, marked removed, for the history.
alter table sources add column kind varchar(20) default 'WEB' not null;
alter table sources alter column url drop not null;
alter table sources add column citation_outlet varchar(200);
alter table sources add column citation_date date;
alter table sources add column removed_at timestamp(6) with time zone;
alter table sources add column removed_by varchar(100);
create index sources_claim_live on sources (claim_id, removed_at);
