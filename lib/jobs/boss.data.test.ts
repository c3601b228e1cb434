import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { JOBS } from "./registry";

/**
 * The job wiring against a real database: pg-boss runs on the schema our migrations created
 * (migrate: false), and a job sent once is handled once even with two workers (two app
 * instances).
 */
describe("background jobs", () => {
  const bosses: PgBoss[] = [];
  afterAll(async () => {
    await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true })));
  });

  async function instance(): Promise<PgBoss> {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", migrate: false, max: 2 });
    boss.on("error", () => undefined);
    await boss.start();
    bosses.push(boss);
    return boss;
  }

  it("recomputes an active group's health once, whichever instance takes the job", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    await makeThread(owner.id, group.id, "Hello", "A first message with enough words to qualify.");
    const job = JOBS.find((j) => j.name === "health-recompute-active")!;

    const [one, two] = await Promise.all([instance(), instance()]);
    await one.createQueue(job.name);
    let runs = 0;
    const handler = async () => {
      runs += 1;
      await job.run(new Date());
    };
    await one.work(job.name, { pollingIntervalSeconds: 0.5 }, handler);
    await two.work(job.name, { pollingIntervalSeconds: 0.5 }, handler);
    await one.send(job.name, {});

    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(await db.groupHealth.findUnique({ where: { groupId: group.id } }))) await new Promise((r) => setTimeout(r, 200));
    const health = await db.groupHealth.findUnique({ where: { groupId: group.id } });
    expect(health).not.toBeNull();
    expect(health!.dirtySince).toBeNull();
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs).toBe(1);
  });

  it("every recurring job has a valid schedule and a unique name", () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    for (const job of JOBS) expect(job.cron.split(" ")).toHaveLength(5);
  });
});
