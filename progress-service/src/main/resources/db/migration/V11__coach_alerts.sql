-- Coach alerts (ADR 0010), one row per (coach, athlete, key, occurrence): a condition of AlertRules that held for the
-- athlete while the coach could view them, opened once with its deterministic id (AlertIds) and published on
-- progress.coach-alerts in the same transaction. Open while neither acknowledged nor cleared; acknowledged by the
-- coach; cleared when the condition no longer holds or the coach lost access. The same key holding again after it
-- cleared is the next occurrence, a new row and a new id.
-- Not part of a rebuild (Tables.ALL), like milestones: the same facts give the same alerts, which stay recorded.
create table coach_alert (
    id              uuid        primary key,
    coach_id        text        not null,
    athlete_id      text        not null,
    key_text        text        not null,  -- AthleteAlert.key(): <kind>|<occurrence>
    kind            text        not null,  -- silence, missed-weeks, discomfort, strain
    level           text        not null,  -- low, high, critical
    occurrence      int         not null check (occurrence >= 1),
    detail          jsonb       not null,
    opened_at       timestamptz not null,
    acknowledged_at timestamptz,
    cleared_at      timestamptz,
    clear_reason    text,                  -- condition-cleared, access-revoked
    unique (coach_id, athlete_id, key_text, occurrence),
    check ((cleared_at is null) = (clear_reason is null))
);
-- reconciliation reads an athlete's uncleared alerts; the coach's list reads their athletes' alerts
create index coach_alert_athlete on coach_alert (athlete_id, coach_id, key_text, occurrence desc);
create index coach_alert_coach on coach_alert (coach_id, athlete_id, opened_at desc);

-- When each coached athlete next needs a look from the sweep, for the alerts time alone brings (silence, a week
-- closing): set by the batch that first sees the athlete coached, then every limber.coach-alerts.review-every by the
-- sweep, which claims due rows with FOR UPDATE SKIP LOCKED and drops athletes nobody coaches and nothing is open for.
create table coach_alert_schedule (
    athlete_id text        primary key,
    due_at     timestamptz not null
);
create index coach_alert_schedule_due on coach_alert_schedule (due_at);
