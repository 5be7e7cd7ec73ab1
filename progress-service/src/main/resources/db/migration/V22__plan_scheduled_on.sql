-- The day, in the plan's zone, on which a plan was scheduled (its event's occurredAt). A plan may start up to a year
-- before that day, and its athlete cannot have trained for it before then: a silent spell (SilentSpell) counts from
-- the later of the two, so that a plan scheduled today from last Monday opens no silence alert nor inactive nudge on
-- day one. Null for plans recorded before this column: their spells count from the start as before.
alter table plan_scheduled add column scheduled_on date;
alter table user_plan add column scheduled_on date;
