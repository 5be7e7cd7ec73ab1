-- Per ISO week counters behind GET /analytics/routines/{routineId}/items and GET /analytics/exercises, maintained in
-- the consumer's transaction from session_analysis; a query sums weeks × items rows, never sessions. Dose sums are
-- exact decimals so that a deletion subtracts exactly what its session added.
create table item_week_rollup (
    routine_id uuid           not null,
    week_start date           not null,
    position   int            not null,
    exercise_slug text        not null,   -- the item's exercise (a routine edited since may have another there)
    sessions   bigint         not null,   -- sessions of the routine that prescribed this item
    completed  bigint         not null,
    skipped    bigint         not null,
    dose_sum   numeric(20, 4) not null,
    dose_count bigint         not null,
    drop_offs  bigint         not null,   -- sessions whose last completed item was this one
    primary key (routine_id, week_start, position, exercise_slug)
);

create table exercise_week_rollup (
    week_start       date           not null,
    exercise_slug    text           not null,
    routine_id       uuid           not null,
    sessions         bigint         not null,
    completed        bigint         not null,
    skipped          bigint         not null,
    dose_sum         numeric(20, 4) not null,
    dose_count       bigint         not null,
    effort_sum       bigint         not null,
    effort_count     bigint         not null,
    discomfort_sum   bigint         not null,
    discomfort_count bigint         not null,
    primary key (week_start, exercise_slug, routine_id)
);
create index exercise_week_rollup_routine on exercise_week_rollup (routine_id, week_start);
