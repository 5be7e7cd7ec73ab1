-- A milestone's id is derived from its key and occurrence (MilestoneIds), so (user_id, key_text, occurrence) names a
-- row as surely as the id does. Making that the primary key leaves each new row three indexes to write instead of
-- four (the id's, whose uniformly spread values put every insert on a random page of its B-tree). Revocations find
-- their row by the key and occurrence; the id stays a column, published and in the feed.
alter table milestone drop constraint milestone_pkey;
alter table milestone drop constraint milestone_user_id_key_text_occurrence_key;
alter table milestone add constraint milestone_pkey primary key (user_id, key_text, occurrence);
