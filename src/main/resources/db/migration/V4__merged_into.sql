-- A card merged into the one before it points to that card, instead of a reason written in one language.
alter table claim_cards add column merged_into bigint;
