-- The article as it stood when one of its claims was last published. The public article page (/articles/{id})
-- reads this copy, never the workspace's article, and marks in it only the claims whose fact-checks stand.
create table published_articles (
    article_id bigint primary key references articles (id),
    version bigint not null,
    title varchar(500) not null,
    url varchar(2000),
    outlet varchar(200),
    published_on date,
    lang varchar(10),
    body varchar(1000000) not null,
    copied_at timestamp(6) with time zone not null
);

-- Where each published claim stands in its article's text.
alter table fact_checks add column claim_start integer;
alter table fact_checks add column claim_end integer;

insert into published_articles (article_id, version, title, url, outlet, published_on, lang, body, copied_at)
    select a.id, 0, a.title, a.url, a.outlet, a.published_on, a.lang, a.body, current_timestamp
    from articles a
    where a.id in (select f.article_id from fact_checks f);

update fact_checks set
    claim_start = (select c.span_start from claim_cards c where c.id = fact_checks.claim_id),
    claim_end = (select c.span_end from claim_cards c where c.id = fact_checks.claim_id);
