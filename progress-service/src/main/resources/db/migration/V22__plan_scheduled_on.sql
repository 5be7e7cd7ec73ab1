-- The day, in the plan's zone, on which a plan was scheduled (its event's occurredAt). A plan may start up to a year
-- before that day, and its athlete cannot have trained for it before then: PlanFact.firstDayToTrain is the later of
-- the two, from which the silent spell (coach's silence alert, inactive nudge), a run of missed weeks and the
-- week-missed nudge count, so that a plan scheduled today from last Monday raises none of them on arrival. Null for
-- plans recorded before this column: they count from their start as before.
alter table plan_scheduled add column scheduled_on date;
alter table user_plan add column scheduled_on date;
