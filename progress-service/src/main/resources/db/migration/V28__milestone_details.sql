-- Many milestone rows are never published (their day lies outside the publish window, or the user switched the type
-- off), yet each kept a whole event payload whose common fields (eventId, milestoneId, userId, occurredAt) repeat its
-- id, user_id and recorded_at columns. A row keeps its type's own fields alone, as details; the event is built from
-- the row's columns and those details when it is published. The rows already recorded lose the common fields, their
-- other fields staying in order.
alter table milestone rename column payload to details;
update milestone m
   set details = (select coalesce(json_object_agg(f.key, f.value order by f.n), '{}'::json)
                    from json_each(m.details) with ordinality as f(key, value, n)
                   where f.key not in ('eventId', 'occurredAt', 'userId', 'milestoneId'));

