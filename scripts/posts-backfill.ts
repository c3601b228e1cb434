/** `npm run posts:backfill`: computes missing or outdated post features (lib/health). */
import { disconnectDb } from "@/lib/db";
import { backfillPostFeatures } from "@/lib/health/backfill-features";

const started = Date.now();
try {
  const done = await backfillPostFeatures({ onProgress: (n) => n % 5000 === 0 && console.log(`[posts] ${n}…`) });
  console.log(`[posts] features computed for ${done} post(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await disconnectDb();
}
