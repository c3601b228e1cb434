-- Search finds a word's other forms: "gardens" finds "garden", "réparer" finds "réparation"
-- (README, Search). Each vector keeps every folded word as written ('simple', for
-- word starts, as before) and adds its English and French stems: groups write in either
-- language, and a group's language can change after its posts were written. The query
-- (lib/search/data.ts) matches each typed word as a word start, or by its stem in either language.
CREATE FUNCTION toile_search_vector(input text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple', folded) || to_tsvector('english', folded) || to_tsvector('french', folded)
  FROM (SELECT toile_fold(input) AS folded) AS f
$$;

CREATE OR REPLACE FUNCTION toile_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := toile_search_vector(NEW.body);
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION toile_thread_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := toile_search_vector(NEW.title);
  RETURN NEW;
END
$$;

UPDATE "Post" SET search = toile_search_vector(body);
UPDATE "Thread" SET search = toile_search_vector(title);
