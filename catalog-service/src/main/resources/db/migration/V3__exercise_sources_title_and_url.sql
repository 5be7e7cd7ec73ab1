-- An exercise's sources are what a reader cites, a title and, for a web page, its address. Which file
-- of the seed corpus an entry comes from stays in the seed file, so it is dropped from stored sources.
update exercise
set sources = (select coalesce(jsonb_agg(source - 'article' order by position), '[]'::jsonb)
               from jsonb_array_elements(sources) with ordinality as listed(source, position))
where jsonb_path_exists(sources, '$[*].article');
