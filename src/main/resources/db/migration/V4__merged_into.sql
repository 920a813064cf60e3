-- A card merged into the one before it points to that card, instead of a reason written in one language.
alter table claim_cards add column merged_into bigint;

-- Cards merged before this migration carry the English reason "merged into card N".
update claim_cards
   set merged_into = cast(substring(dismiss_reason from 18) as bigint),
       dismiss_reason = null
 where dismiss_reason like 'merged into card %';
