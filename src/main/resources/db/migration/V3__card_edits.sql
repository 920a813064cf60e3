-- A reworded card keeps the article's own words it was cut from.
alter table claim_cards add column original_text varchar(20000);
