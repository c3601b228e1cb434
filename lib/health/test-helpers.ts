// Fixture builders for the health tests: small, explicit groups whose posts carry real
// features from analyzePost, with times given relative to a fixed `now`.

import { analyzePost } from "./analyze-post";
import { DAY_MS, HOUR_MS } from "./constants";
import { createRng } from "./synthetic";
import type { GroupActivity, PostFeatures } from "./types";

/** A Wednesday, noon UTC. */
export const NOW = new Date("2026-11-25T12:00:00.000Z");
export const DAY = DAY_MS;
export const HOUR = HOUR_MS;

export function at(msBeforeNow: number, now: Date = NOW): Date {
  return new Date(now.getTime() - msBeforeNow);
}
export function daysAgo(days: number, now: Date = NOW): Date {
  return at(days * DAY_MS, now);
}
export function hoursAgo(hours: number, now: Date = NOW): Date {
  return at(hours * HOUR_MS, now);
}

const SYLLABLES = "ka lo mi ne ru sa ti vo pe da fu gi ho ja ke lu ma no pi ra se to va we xi yo zu be ci".split(" ");

/**
 * `words` pseudo-words, different for every `seed`: texts from different seeds share almost
 * no 3-shingle, so they are never near-duplicates of one another.
 */
export function uniqueText(seed: number, words = 12): string {
  const rng = createRng(seed * 7919 + 17);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const n = 2 + Math.floor(rng() * 3);
    let w = "";
    for (let s = 0; s < n; s++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    out.push(w);
  }
  return out.join(" ");
}

const cache = new Map<string, PostFeatures>();
/** analyzePost, memoised: fixtures reuse bodies a lot. */
export function features(body: string): PostFeatures {
  let f = cache.get(body);
  if (!f) cache.set(body, (f = analyzePost(body)));
  return f;
}

type Post = GroupActivity["posts"][number];
type Meetup = GroupActivity["meetups"][number];
type Project = GroupActivity["projects"][number];

export interface BuilderOptions {
  now?: Date;
  /** Age of the group in days (default 365). */
  ageDays?: number;
  /** Member ids, or a count of members named m1, m2, … (default 3). */
  members?: number | string[];
  groupId?: string;
}

/** Builds a GroupActivity step by step; every post body is unique unless given. */
export class GroupBuilder {
  readonly now: Date;
  readonly members: string[];
  private readonly activity: GroupActivity;
  private seq = 0;
  private textSeed = 1;

  constructor(options: BuilderOptions = {}) {
    this.now = options.now ?? NOW;
    const m = options.members ?? 3;
    this.members = typeof m === "number" ? Array.from({ length: m }, (_, i) => `m${i + 1}`) : [...m];
    this.activity = {
      groupId: options.groupId ?? "g1",
      createdAt: daysAgo(options.ageDays ?? 365, this.now),
      memberIds: [...this.members],
      threads: [],
      posts: [],
      reactions: [],
      meetups: [],
      projects: [],
    };
  }

  /** A fresh unique body of `words` words. */
  text(words = 12): string {
    return uniqueText(this.textSeed++, words);
  }

  /** Opens a thread; returns its id and the opener post's id. */
  thread(authorId: string, createdAt: Date, body: string = this.text(), extra: Partial<Post> = {}): { threadId: string; postId: string } {
    const threadId = `t${++this.seq}`;
    this.activity.threads.push({ id: threadId, authorId, createdAt });
    const postId = this.rawPost({ threadId, authorId, parentId: null, createdAt, body, ...extra });
    return { threadId, postId };
  }

  /** Answers post `parentId` in its thread. */
  reply(parentId: string, authorId: string, createdAt: Date, body: string = this.text(), extra: Partial<Post> = {}): string {
    const parent = this.activity.posts.find((p) => p.id === parentId);
    if (!parent) throw new Error(`no post ${parentId}`);
    return this.rawPost({ threadId: parent.threadId, authorId, parentId, createdAt, body, ...extra });
  }

  rawPost(p: { threadId: string; authorId: string; parentId: string | null; createdAt: Date; body: string; visible?: boolean; features?: PostFeatures; id?: string }): string {
    const id = p.id ?? `p${++this.seq}`;
    this.activity.posts.push({
      id,
      threadId: p.threadId,
      authorId: p.authorId,
      parentId: p.parentId,
      createdAt: p.createdAt,
      visible: p.visible ?? true,
      features: p.features ?? features(p.body),
    });
    return id;
  }

  react(postId: string, userId: string, createdAt: Date): this {
    this.activity.reactions.push({ postId, userId, createdAt });
    return this;
  }

  meetup(m: Partial<Meetup> & { startsAt: Date }): string {
    const id = m.id ?? `mt${++this.seq}`;
    this.activity.meetups.push({
      id,
      organizerIds: m.organizerIds ?? [this.members[0] as string],
      startsAt: m.startsAt,
      cancelled: m.cancelled ?? false,
      goingIds: m.goingIds ?? [],
      checkedInIds: m.checkedInIds ?? [],
      linkedThreadIds: m.linkedThreadIds ?? [],
    });
    return id;
  }

  project(p: Partial<Project>): string {
    const id = p.id ?? `pr${++this.seq}`;
    this.activity.projects.push({
      id,
      sourceThreadId: p.sourceThreadId ?? null,
      status: p.status ?? "active",
      completedAt: p.completedAt ?? null,
      contributorIds: p.contributorIds ?? [],
      updates: p.updates ?? [],
    });
    return id;
  }

  setCreatedAt(createdAt: Date): this {
    this.activity.createdAt = createdAt;
    return this;
  }

  /** A deep copy, so a test can keep building and compare variants. */
  build(): GroupActivity {
    return structuredClone(this.activity);
  }
}

/** The metric `key` of a report, failing loudly when absent. */
export function metric(report: { dimensions: { metrics: { key: string }[] }[] }, key: string) {
  for (const d of report.dimensions) for (const m of d.metrics) if (m.key === key) return m as import("./types").MetricScore;
  throw new Error(`no metric ${key}`);
}

export function dimension(report: { dimensions: import("./types").DimensionScore[] }, key: import("./types").DimensionKey) {
  const d = report.dimensions.find((x) => x.key === key);
  if (!d) throw new Error(`no dimension ${key}`);
  return d;
}
