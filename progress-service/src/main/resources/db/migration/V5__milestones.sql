-- Milestones, one row per occurrence: a key (MilestoneKey: user, type, plan, period) that became true, with the
-- deterministic id it is published under (MilestoneIds). A key revoked and true again gets a new row with the next
-- occurrence and a new id; the latest occurrence of each key is what reconciliation compares with the facts. Written
-- in the transaction of the batch that made it true, beside its outbox event when it is published, so a redelivered
-- batch, a restart or a second instance finds it recorded and publishes nothing.
-- Not part of a rebuild (Tables.ALL): the fact tables are replayed into fresh twins and swapped, these rows stay,
-- and the same facts give the same milestones.
create table milestone (
    id              uuid        primary key,
    user_id         text        not null,
    key_text        text        not null,  -- MilestoneKey.text(): <type>|<plan or ->|<period>
    type            text        not null,  -- slug: week-target-met, streak-reached, comeback, ...
    plan_id         uuid,
    occurrence      int         not null check (occurrence >= 1),
    active          boolean     not null,  -- false once revoked
    payload         jsonb       not null,  -- the event, as published or as it would have been
    local_date      date        not null,  -- the user's day it belongs to: feed order, publish window
    recorded_at     timestamptz not null,
    published       boolean     not null,  -- its event was put on the outbox
    withheld_reason text,                  -- why not: outside-window
    revoked_at      timestamptz,
    revoke_reason   text,                  -- session-deleted, late-session, plan-changed
    unique (user_id, key_text, occurrence),
    check (published = (withheld_reason is null)),
    check (active = (revoked_at is null) and active = (revoke_reason is null))
);
-- the feed: newest local day first
create index milestone_feed on milestone (user_id, local_date desc, recorded_at desc, id);
