import { spawn, type ChildProcess } from "node:child_process";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureBuilt } from "../lib/build";
import { bin, ROOT, waitForExit } from "../lib/run";

/** Small helpers shared by the benchmark scripts. They print figures; nothing here asserts a time. */

/** Where a benchmark serves the app: BENCH_PORT, for two checkouts benchmarking side by side. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3500);
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

/** A benchmark's progress line. */
export function benchLog(message: string): void {
  console.log(`[bench] ${message}`);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** Samples the process's memory every 50 ms until stopped; returns the peaks. */
export function memoryProbe() {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return { peakRss, peakHeap };
    },
  };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

/**
 * Signs in through next-auth's credentials provider at `base` (a `next start` on localhost) and
 * returns the Cookie header of the session.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return `${cookies}; ${session}`;
}

/**
 * The production build (`next start`) on `port` against `databaseUrl`, with jobs and rate limits
 * off (a benchmark times pages, not the queue), once it answers.
 */
export async function startBenchServer(databaseUrl: string, port: number, log: (message: string) => void): Promise<ChildProcess> {
  await ensureBuilt(log);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench", TOILE_JOBS: "0", TOILE_RATE_LIMITS: "off", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let i = 0; i < 60; i++) {
    if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return server;
}

/**
 * Times `runs` requests of `url` (after two more that warm the route up), with `cookie`'s
 * session; each must answer `expected` (redirects are not followed). `before` runs ahead of each
 * request, untimed: it sets up the state the request is to meet. Gives the times and the size of
 * the last answer.
 */
export async function timeRequests(url: string, options: { runs: number; cookie?: string; expected?: number; before?: () => Promise<unknown> }): Promise<{ times: number[]; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < options.runs + 2; i++) {
    await options.before?.();
    const run = await timed(async () => {
      const response = await fetch(url, { headers: options.cookie ? { Cookie: options.cookie } : {}, redirect: "manual" });
      if (response.status !== (options.expected ?? 200)) throw new Error(`${url} answered ${response.status}`);
      return (await response.text()).length;
    });
    bytes = run.result;
    if (i >= 2) times.push(run.ms);
  }
  return { times, bytes };
}

/** Stops a server `startBenchServer` started, if it did. */
export async function stopBenchServer(server: ChildProcess | undefined): Promise<void> {
  if (!server) return;
  server.kill("SIGTERM");
  await waitForExit(server);
}

/** The password of every member `benchGroup` makes (`member<n>@bench.test`). */
export const BENCH_PASSWORD = "bench member password";

/** A group of 60 members, `member0@bench.test` (its owner) to `member59@bench.test`. */
export async function benchGroup(db: PrismaClient, group: { slug: string; name: string; description: string }) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users = await Promise.all(
    Array.from({ length: 60 }, (_, i) => db.user.create({ data: { email: `member${i}@bench.test`, name: `Member ${i}`, passwordHash }, select: { id: true } })),
  );
  const created = await db.group.create({ data: { ...group, descriptionHtml: `<p>${group.description}</p>`, createdById: users[0]!.id }, select: { id: true, slug: true } });
  await db.membership.createMany({ data: users.map((user, i) => ({ groupId: created.id, userId: user.id, role: i === 0 ? ("owner" as const) : ("member" as const) })) });
  return { users, group: created };
}
