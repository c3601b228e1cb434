/**
 * `npm run posts:backfill`: computes missing or outdated post features (lib/health), and
 * re-renders the stored HTML of posts, descriptions, project goals and updates that an older
 * markdown pipeline produced (lib/markdown RENDER_VERSION).
 */
import "./lib/use-running-database";
import { disconnectDb } from "@/lib/db";
import { backfillPostFeatures } from "@/lib/health/backfill-features";
import { rerenderStoredHtml } from "@/lib/markdown/rerender-stored";

const started = Date.now();
try {
  const done = await backfillPostFeatures({ onProgress: (n) => n % 5000 === 0 && console.log(`[posts] ${n}…`) });
  console.log(`[posts] features computed for ${done} post(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const renderStarted = Date.now();
  const rendered = await rerenderStoredHtml({ onProgress: (table, n) => n % 5000 === 0 && console.log(`[render] ${table}: ${n}…`) });
  const summary = Object.entries(rendered).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(`[render] HTML re-rendered (${summary}) in ${((Date.now() - renderStarted) / 1000).toFixed(1)} s`);
} finally {
  await disconnectDb();
}
