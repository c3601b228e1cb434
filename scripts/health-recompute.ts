/**
 * `npm run health:recompute`: recomputes every group's health now, and fills the daily
 * snapshots missing over the last 90 days so trends exist from the first day.
 */
import "./lib/use-running-database";
import { disconnectDb } from "@/lib/db";
import { dailyRecompute } from "@/lib/health/recompute";

const started = Date.now();
try {
  // What the daily job does: the missing days first, so today's 30-day change has its baseline.
  const { filled, recomputed } = await dailyRecompute(new Date());
  console.log(`[health] ${recomputed} group(s) recomputed, ${filled} missing daily snapshot(s) filled, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await disconnectDb();
}
