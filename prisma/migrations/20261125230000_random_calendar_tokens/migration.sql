-- Calendar feed tokens are secrets in URLs. cuid() is partly predictable (time, counter,
-- host fingerprint), so tokens now come from gen_random_uuid() (PostgreSQL's strong random
-- source, 2 x 122 bits), and every existing token is replaced: old feed URLs stop working,
-- as they would after "Reset my feed link".
ALTER TABLE "User" ALTER COLUMN "calendarToken" SET DEFAULT replace(((gen_random_uuid())::text || (gen_random_uuid())::text), '-'::text, ''::text);
UPDATE "User" SET "calendarToken" = DEFAULT;
