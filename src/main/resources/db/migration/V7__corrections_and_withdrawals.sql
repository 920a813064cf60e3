-- An editor opens a published fact-check for correction with a note that is published with the correction;
-- a withdrawal keeps the page at its address with a public notice instead of the rating.
alter table fact_checks add column pending_correction_note varchar(5000);
alter table fact_checks add column withdrawn_at timestamp(6) with time zone;
alter table fact_checks add column withdrawal_notice varchar(5000);
alter table fact_checks add column withdrawn_by varchar(200);
alter table fact_check_revisions add column note varchar(5000);
create index fact_checks_withdrawn on fact_checks (withdrawn_at);
