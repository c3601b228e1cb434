/**
 * Fills the stored PostFeatures of posts that have none yet (featuresVersion 0: imported or
 * seeded posts) or were analysed by an older `analyzePost` (FEATURES_VERSION was bumped).
 * `npm run posts:backfill`; the demo seed runs it too. Safe to interrupt and re-run.
 */
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyzePost, FEATURES_VERSION } from "./index";
import { featuresToColumns } from "./feature-columns";

export async function backfillPostFeatures(options: { batchSize?: number; db?: Db; onProgress?: (done: number) => void } = {}): Promise<number> {
  const db = options.db ?? defaultDb;
  const batchSize = options.batchSize ?? 500;
  let done = 0;
  let afterId = 0;
  for (;;) {
    const posts = await db.post.findMany({
      where: { featuresVersion: { lt: FEATURES_VERSION }, id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, body: true },
    });
    if (posts.length === 0) break;
    const rows = posts.map((post) => {
      const columns = featuresToColumns(analyzePost(post.body));
      return Prisma.sql`(${post.id}::int, ${columns.wordCount}::int, ${columns.substantive}::boolean, ${columns.hasArtifact}::boolean,
        ${columns.mattr}::float8, ${columns.textHash}::text, ${columns.minhash}::bytea, ${columns.featuresVersion}::int)`;
    });
    // One statement per batch: the embedded database pays per round trip.
    await db.$executeRaw`
      UPDATE "Post" AS p SET "wordCount" = v.word_count, substantive = v.substantive, "hasArtifact" = v.has_artifact,
        mattr = v.mattr, "textHash" = v.text_hash, minhash = v.minhash, "featuresVersion" = v.version
      FROM (VALUES ${Prisma.join(rows)}) AS v(id, word_count, substantive, has_artifact, mattr, text_hash, minhash, version)
      WHERE p.id = v.id`;
    done += posts.length;
    afterId = posts[posts.length - 1]!.id;
    options.onProgress?.(done);
  }
  return done;
}
