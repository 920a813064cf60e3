-- Who made the claim, when and where, as a reviewer confirmed it; the splitter's guess (speaker) stays a
-- suggestion until then. The published copy keeps what was confirmed, and the claim's language.
alter table claim_cards add column claimant varchar(300);
alter table claim_cards add column claimant_kind varchar(20);
alter table claim_cards add column claim_made_on date;
alter table claim_cards add column appearance_url varchar(2000);

alter table fact_checks add column claimant_kind varchar(20);
alter table fact_checks add column claim_made_on date;
alter table fact_checks add column appearance_url varchar(2000);
alter table fact_checks add column claim_lang varchar(10);
