/**
 * The demo projects tell the story the seed promises, as the health engine reads it: seeds
 * the whole demo content into this file's fresh database and checks each group's projects
 * dimension through the real loader and engine.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeGroupHealth } from "@/lib/health";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { content } from "@/prisma/seed/content";
import type { SeedContext } from "@/prisma/seed/context";
import { seedDiscussions } from "@/prisma/seed/discussions";
import { seedProjects, seedProjectStory } from "@/prisma/seed/projects";
import { REACTION_KINDS } from "@/lib/discussions/reactions";
import { listThreadProjects, loadProject } from "./data";

const DAY = 24 * 3600_000;
const now = new Date();
let ctx: SeedContext;

async function projectMetrics(slug: string) {
  const groupId = ctx.groupIds.get(slug)!;
  const activity = await loadGroupActivity(groupId, now);
  const report = computeGroupHealth(activity!, now);
  const metrics = report.dimensions.find((dimension) => dimension.key === "projects")!.metrics;
  return Object.fromEntries(metrics.map((metric) => [metric.key, metric.value]));
}

const byState = (state: string) => content.groups.filter((group) => group.intendedState === state);

describe("demo projects", () => {
  beforeAll(async () => {
    ctx = { db, content, now, passwordHash: "not-a-real-hash", userIds: new Map(), groupIds: new Map(), threadIds: new Map(), log: () => {} };
    await seedDiscussions(ctx);
    await seedProjects(ctx);
  }, 180_000);

  it("the thriving group has at least two live projects born in its threads, and one completed in the last 90 days", async () => {
    const [thriving] = byState("thriving");
    const metrics = await projectMetrics(thriving!.slug);
    expect(metrics.liveProjects).toBeGreaterThanOrEqual(2);
    const groupId = ctx.groupIds.get(thriving!.slug)!;
    const completed = await db.project.findMany({ where: { groupId, status: "completed", completedAt: { gt: new Date(now.getTime() - 90 * DAY) } } });
    expect(completed.length).toBeGreaterThanOrEqual(1);
    const active = await db.project.findMany({ where: { groupId, status: "active" }, include: { members: true, updates: true } });
    const live = active.filter((p) => p.members.length >= 2 && p.updates.some((u) => u.createdAt.getTime() > now.getTime() - 90 * DAY));
    expect(live.length).toBeGreaterThanOrEqual(2);
    for (const project of live) expect(project.sourceThreadId).not.toBeNull();
  });

  it("seeded readers react in every way there is, each kind answering what the post says (decision 027)", async () => {
    const kinds = await db.reaction.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(kinds.map((row) => row.kind).sort()).toEqual([...REACTION_KINDS].sort());
    // A shared link earns thanks: every "thanks" is on a post with a link.
    const thanked = await db.reaction.findMany({ where: { kind: "thanks" }, select: { post: { select: { body: true } } } });
    for (const { post } of thanked) expect(post.body).toMatch(/https?:\/\/|\]\(/);
  });

  it("the healthy and the French groups have a live project each, born from a discussion", async () => {
    const french = content.groups.find((group) => group.language === "fr")!;
    const healthy = byState("healthy").filter((group) => group.visibility === "public" && group.language === "en");
    const withLive = [];
    for (const group of healthy) if (((await projectMetrics(group.slug)).liveProjects ?? 0) >= 1) withLive.push(group.slug);
    expect(withLive.length).toBeGreaterThanOrEqual(1);
    const metrics = await projectMetrics(french.slug);
    expect(metrics.liveProjects).toBeGreaterThanOrEqual(1);
    expect(metrics.spawnedFromDiscussion).toBe(1);
  });

  it("the dormant group has nothing live, but a stalled project: active, no update for over 90 days", async () => {
    const [dormant] = byState("dormant");
    expect((await projectMetrics(dormant!.slug)).liveProjects).toBe(0);
    const groupId = ctx.groupIds.get(dormant!.slug)!;
    const stalled = await db.project.findMany({ where: { groupId, status: "active" }, include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } } });
    expect(stalled.length).toBeGreaterThanOrEqual(1);
    for (const project of stalled) expect(project.updates[0]!.createdAt.getTime()).toBeLessThan(now.getTime() - 90 * DAY);
  });

  it("there is an archived project, and every project is born in a thread of its own group", async () => {
    expect(await db.project.count({ where: { status: "archived" } })).toBeGreaterThanOrEqual(1);
    const projects = await db.project.findMany({ include: { sourceThread: true, members: true, updates: true } });
    expect(projects).toHaveLength(seedProjectStory.length);
    for (const project of projects) {
      expect(project.sourceThread?.groupId, project.name).toBe(project.groupId);
      expect(project.members.filter((m) => m.role === "lead"), project.name).toHaveLength(1);
      expect(project.createdAt.getTime(), project.name).toBeGreaterThanOrEqual(project.sourceThread!.createdAt.getTime());
      for (const update of project.updates) {
        expect(update.createdAt.getTime(), project.name).toBeGreaterThanOrEqual(project.createdAt.getTime());
        expect(update.createdAt.getTime(), project.name).toBeLessThanOrEqual(now.getTime());
      }
      expect((project.completedAt !== null) === (project.status === "completed"), project.name).toBe(true);
    }
  });

  it("the pages read the seeded projects: the thread banner and the lineage back to a post", async () => {
    const story = seedProjectStory.find((project) => project.fromPostBy && project.status === "active")!;
    const thread = ctx.threadIds.get(story.thread)!;
    const banner = await listThreadProjects(thread.id, null);
    expect(banner.map((project) => project.name)).toContain(story.name);
    const fromBanner = banner.find((project) => project.name === story.name)!;
    expect(fromBanner.latestUpdate).not.toBeNull();
    const page = await loadProject(fromBanner.id, fromBanner.groupSlug, null);
    expect(page?.sourcePost?.authorName).toBe(content.users.find((user) => user.key === story.fromPostBy)!.name);
  });
});
