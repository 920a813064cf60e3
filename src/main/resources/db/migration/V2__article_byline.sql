-- Articles imported from a page keep their byline; the URL (canonical where the page gives one) is looked up
-- to recognise an article imported twice.
alter table articles add column byline varchar(300);
create index articles_url on articles (url);
