/**
 * `npm run health:recompute`: recomputes every group's health now, and fills the daily
 * snapshots missing over the last 90 days so trends exist from the first day.
 */
import { db, disconnectDb } from "@/lib/db";
import { backfillSnapshots, recomputeAllGroups } from "@/lib/health/recompute";

const now = new Date();
const started = Date.now();
try {
  const groups = await db.group.findMany({ select: { id: true, slug: true } });
  let filled = 0;
  for (const group of groups) filled += await backfillSnapshots(group.id, now);
  const recomputed = await recomputeAllGroups(now);
  console.log(`[health] ${recomputed} group(s) recomputed, ${filled} missing daily snapshot(s) filled, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await disconnectDb();
}
