-- When each user next needs a look from the nudge sweep: set to "now" by every batch that changes the user and by a
-- change of their nudge settings, and to the next instant a nudge can fall due by the sweep itself. The sweep claims
-- due rows with FOR UPDATE SKIP LOCKED, so instances share the work and never take the same user at once.
create table nudge_schedule (
    user_id text        primary key,
    due_at  timestamptz not null
);
create index nudge_schedule_due on nudge_schedule (due_at);

-- users known before this table existed get their first look at the first sweep
insert into nudge_schedule (user_id, due_at)
select user_id, now() from progress_user
on conflict do nothing;
