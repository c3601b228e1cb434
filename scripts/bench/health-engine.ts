// Engine-only benchmark of the group-health computation: one synthetic group with 20,000
// posts in the last 30 days. Run: npx tsx scripts/bench/health-engine.ts
// Prints figures; it asserts nothing (tests never assert a time).

import { analyzePost, computeGroupHealth } from "../../lib/health";
import { createRng, generateBody, generateSyntheticActivity } from "../../lib/health/synthetic";

const now = new Date("2026-11-25T12:00:00Z");
const runs = Number(process.argv[2] ?? 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function bench(label: string, options: Parameters<typeof generateSyntheticActivity>[0]): void {
  const t0 = performance.now();
  const activity = generateSyntheticActivity(options);
  const genMs = performance.now() - t0;
  const windowStart = now.getTime() - 30 * 86_400_000;
  const inWindow = activity.posts.filter((p) => p.createdAt.getTime() > windowStart).length;

  const warm = computeGroupHealth(activity, now);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    computeGroupHealth(activity, now);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`\n${label}`);
  console.log(
    `  ${activity.posts.length} posts (${inWindow} in the last 30 days), ${activity.threads.length} threads, ` +
      `${activity.memberIds.length} members, ${activity.reactions.length} reactions, ` +
      `${activity.meetups.length} meetups, ${activity.projects.length} projects (generated in ${genMs.toFixed(0)} ms)`,
  );
  console.log(`  overall ${warm.overall.toFixed(1)} (${warm.band})`);
  console.log(
    `  computeGroupHealth x${runs}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
      `max ${(times[times.length - 1] as number).toFixed(1)} ms; heap used ${heapMb.toFixed(0)} MB`,
  );
}

bench("20,000 posts in 30 days", { seed: 42, now, members: 300, threads: 1500, posts: 20_000 });
bench("20,000 posts in 30 days + 15,000 older posts (to 120 days)", {
  seed: 42,
  now,
  members: 300,
  threads: 1500,
  posts: 20_000,
  olderPosts: 15_000,
  historyDays: 120,
});

// analyzePost runs once per post at write time: its cost per body of the synthetic mix.
{
  const rng = createRng(7);
  const bodies = Array.from({ length: 2000 }, () => generateBody(rng));
  for (const b of bodies.slice(0, 300)) analyzePost(b);
  const times: number[] = [];
  for (const b of bodies) {
    const s = performance.now();
    analyzePost(b);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const words = bodies.map((b) => analyzePost(b).wordCount).sort((a, b) => a - b);
  console.log(
    `\nanalyzePost on ${bodies.length} generated bodies (median ${words[words.length >> 1]} words, max ${words[words.length - 1]}): ` +
      `p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms`,
  );
}
