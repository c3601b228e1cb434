-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "search" tsvector;

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "Post_search_idx" ON "Post" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Thread_search_idx" ON "Thread" USING GIN ("search");

-- Search (lib/search): words folded as lib/groups/search.ts `foldForSearch` folds them (NFKD
-- without its marks, lower case, ligatures spelled out), so "velo" finds "vélo" and "Œuvre" is
-- found by "oeuvre". The 'simple' configuration keeps every word and stems none: groups write in
-- English and French alike. Triggers keep the vectors (Prisma cannot write a tsvector).
CREATE FUNCTION toile_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT replace(replace(replace(translate(lower(regexp_replace(normalize(input, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')), 'øłđı', 'oldi'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss')
$$;

CREATE FUNCTION toile_post_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := to_tsvector('simple', toile_fold(NEW.body));
  RETURN NEW;
END
$$;

CREATE FUNCTION toile_thread_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := to_tsvector('simple', toile_fold(NEW.title));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Post_search" BEFORE INSERT OR UPDATE OF body ON "Post" FOR EACH ROW EXECUTE FUNCTION toile_post_search();
CREATE TRIGGER "Thread_search" BEFORE INSERT OR UPDATE OF title ON "Thread" FOR EACH ROW EXECUTE FUNCTION toile_thread_search();

UPDATE "Post" SET search = to_tsvector('simple', toile_fold(body));
UPDATE "Thread" SET search = to_tsvector('simple', toile_fold(title));
