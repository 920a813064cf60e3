-- When the desk wants a claim checked by (set by the editor who assigns it).
alter table claim_cards add column due_on date;
create index claim_cards_due_on on claim_cards (due_on);
