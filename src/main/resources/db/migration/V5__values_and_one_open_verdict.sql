-- Check-worthiness reasons become values, one row each, instead of a comma-joined string searched with like.
create table claim_card_reasons (
    claim_id bigint not null references claim_cards (id),
    reason varchar(30) not null,
    primary key (claim_id, reason)
);
create index claim_card_reasons_reason on claim_card_reasons (reason, claim_id);

insert into claim_card_reasons (claim_id, reason)
    select id, 'STATISTIC' from claim_cards where ',' || reasons || ',' like '%,statistic,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'COMPARISON' from claim_cards where ',' || reasons || ',' like '%,comparison,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'CAUSAL' from claim_cards where ',' || reasons || ',' like '%,causal,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'PREDICTION' from claim_cards where ',' || reasons || ',' like '%,prediction,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'LAW_OR_POLICY' from claim_cards where ',' || reasons || ',' like '%,law-or-policy,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'QUOTATION' from claim_cards where ',' || reasons || ',' like '%,quotation,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'ATTRIBUTION' from claim_cards where ',' || reasons || ',' like '%,attribution,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'OPINION' from claim_cards where ',' || reasons || ',' like '%,opinion,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'HEDGING' from claim_cards where ',' || reasons || ',' like '%,hedging,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'QUESTION' from claim_cards where ',' || reasons || ',' like '%,question,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'GREETING' from claim_cards where ',' || reasons || ',' like '%,greeting,%';
insert into claim_card_reasons (claim_id, reason)
    select id, 'PROCEDURAL' from claim_cards where ',' || reasons || ',' like '%,procedural,%';
alter table claim_cards drop column reasons;

-- The history keeps a reworded card's previous words, which may be as long as a card's text.
alter table audit_entries alter column comment set data type varchar(20000);

-- One verdict open per claim: open_claim_id is the claim while the verdict is not approved, null once it is,
-- and unique, so two tabs starting a first draft at the same moment cannot both succeed. Where that already
-- happened, the newest open verdict is the claim's open one (as the application showed it).
alter table verdicts add column open_claim_id bigint;
update verdicts set open_claim_id = claim_id
 where state <> 'APPROVED'
   and id = (select max(other.id) from verdicts other where other.claim_id = verdicts.claim_id and other.state <> 'APPROVED');
alter table verdicts add constraint verdicts_one_open_per_claim unique (open_claim_id);
