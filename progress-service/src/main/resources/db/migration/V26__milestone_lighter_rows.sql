-- Most milestone rows are written once and read rarely: the feed reads one user's rows, which the primary key's
-- (user_id, ...) prefix finds as well, and a user holds a few hundred rows to sort, not millions. The feed's own index
-- cost every new row a quarter of its insert time, so it goes.
drop index milestone_feed;

-- The sweep reads a user's nudges (rows without celebration days) among their many celebrations: an index of the
-- nudges alone, which a celebration's insert never touches.
create index milestone_nudges on milestone (user_id, local_date) where period_last is null;

-- The payload is stored as the event was built and handed back verbatim (feed, export); nothing queries inside it, so
-- it is kept as json text, which is checked but not converted to jsonb's binary form on every insert.
alter table milestone alter column payload type json using payload::json;
