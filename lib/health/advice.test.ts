import { describe, expect, it } from "vitest";
import { adviseModerators, mostActiveThreads } from "./advice";
import { formatChange, formatMetricTarget, formatMetricValue, formatScore } from "./format";
import { analyzePost, unansweredContributors, unansweredThreads } from "./index";
import type { GroupActivity } from "./types";

const now = new Date("2026-06-15T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const text = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(" ");

function activity(partial: Partial<GroupActivity>): GroupActivity {
  return { groupId: "g", createdAt: hoursAgo(24 * 400), memberIds: ["a", "b", "c", "d"], threads: [], posts: [], reactions: [], meetups: [], projects: [], ...partial };
}

function post(id: string, threadId: string, authorId: string, parentId: string | null, createdAt: Date, words = 12) {
  return { id, threadId, authorId, parentId, createdAt, visible: true, features: analyzePost(text(words, `${id}w`)) };
}

describe("adviseModerators", () => {
  const threads = new Map([
    ["1", { title: "Lonely question", slug: "lonely-question" }],
    ["2", { title: "Busy debate", slug: "busy-debate" }],
  ]);
  const users = new Map([["a", "Ada"], ["b", "Ben"], ["c", "Cy"], ["d", "Dee"]]);

  const busy = [post("20", "2", "b", null, hoursAgo(100)), ...["c", "d", "b", "c", "d"].map((author, i) => post(`2${i + 1}`, "2", author, i === 0 ? "20" : `2${i}`, hoursAgo(99 - i)))];
  const lonely = post("10", "1", "a", null, hoursAgo(72));
  const ignoredPosts = ["30", "31", "32"].map((id, i) => post(id, `3${i}`, "a", null, hoursAgo(200 + i * 30)));
  const data = activity({
    threads: [
      { id: "1", authorId: "a", createdAt: hoursAgo(72) },
      { id: "2", authorId: "b", createdAt: hoursAgo(100) },
      ...ignoredPosts.map((p) => ({ id: p.threadId, authorId: "a", createdAt: p.createdAt })),
    ],
    posts: [lonely, ...busy, ...ignoredPosts],
  });

  const evidence = (a: GroupActivity) => ({
    unansweredThreadIds: unansweredThreads(a, now),
    unansweredContributorIds: unansweredContributors(a, now),
    activeThreads: mostActiveThreads(a, now),
  });

  it("points at unanswered threads, the missing meetup, the busiest threads and unanswered members, with links", () => {
    const advice = adviseModerators({ activity: data, now, groupSlug: "garden", threads, users, ...evidence(data) });
    expect(advice.map((a) => a.kind)).toEqual(["unanswered-threads", "schedule-meetup", "active-threads", "unanswered-members"]);
    const unanswered = advice[0] as Extract<(typeof advice)[number], { kind: "unanswered-threads" }>;
    expect(unanswered.threads.map((t) => t.id).sort()).toEqual(["1", "30", "31", "32"]);
    expect(unanswered.threads.find((t) => t.id === "1")).toMatchObject({ title: "Lonely question", href: "/g/garden/t/1-lonely-question", ageDays: 3 });
    expect(advice[1]).toEqual({ kind: "schedule-meetup", href: "/g/garden/meetups/new", lastHeldDaysAgo: null });
    const active = advice[2] as Extract<(typeof advice)[number], { kind: "active-threads" }>;
    expect(active.threads[0]).toMatchObject({ id: "2", posts: 6, authors: 3, meetupHref: "/g/garden/meetups/new?thread=2", projectHref: "/g/garden/projects/new?thread=2" });
    const members = advice[3] as Extract<(typeof advice)[number], { kind: "unanswered-members" }>;
    expect(members.members[0]).toMatchObject({ id: "a", name: "Ada", href: "/u/a" });
  });

  it("does not suggest a meetup when one is upcoming or was held recently", () => {
    const meetup = { id: "m", organizerIds: ["a"], cancelled: false, goingIds: [], checkedInIds: [], linkedThreadIds: [] };
    const upcoming = adviseModerators({ activity: { ...data, meetups: [{ ...meetup, startsAt: hoursAgo(-48) }] }, now, groupSlug: "g", threads, users, ...evidence(data) });
    expect(upcoming.some((a) => a.kind === "schedule-meetup")).toBe(false);
    const recent = adviseModerators({ activity: { ...data, meetups: [{ ...meetup, startsAt: hoursAgo(24 * 20) }] }, now, groupSlug: "g", threads, users, ...evidence(data) });
    expect(recent.some((a) => a.kind === "schedule-meetup")).toBe(false);
    const old = adviseModerators({ activity: { ...data, meetups: [{ ...meetup, startsAt: hoursAgo(24 * 120) }] }, now, groupSlug: "g", threads, users, ...evidence(data) });
    expect(old.find((a) => a.kind === "schedule-meetup")).toMatchObject({ lastHeldDaysAgo: 120 });
  });

  it("counts only visible posts of members in the last 30 days for busy threads", () => {
    const hidden = busy.map((p) => ({ ...p, visible: false }));
    expect(mostActiveThreads({ ...data, posts: hidden }, now)).toEqual([]);
    const old = busy.map((p) => ({ ...p, createdAt: hoursAgo(24 * 40) }));
    expect(mostActiveThreads({ ...data, posts: old }, now)).toEqual([]);
  });
});

describe("metric formatting", () => {
  it("shows each metric in its unit, and — when not applicable", () => {
    expect(formatMetricValue({ key: "responsiveness", value: 0.428 })).toBe("43\u00a0%");
    expect(formatMetricValue({ key: "frequency", value: 12.34 })).toBe("12.3\u00a0/\u00a0week");
    expect(formatMetricValue({ key: "lexicalDiversity", value: 0.7234 })).toBe("0.72");
    expect(formatMetricValue({ key: "organizers", value: 2 })).toBe("2");
    expect(formatMetricValue({ key: "reach", value: null })).toBe("—");
    expect(formatMetricTarget({ key: "engagement", target: 0.25 })).toBe("25\u00a0%");
    expect(formatMetricTarget({ key: "frequency", target: null })).toBe("—");
    expect(formatScore(74.6)).toBe("75");
    expect(formatScore(null)).toBe("—");
    expect(formatChange(4.24)).toBe("+4.2");
    expect(formatChange(-3)).toBe("−3.0");
    expect(formatChange(0.01)).toBe("0.0");
    expect(formatChange(null)).toBe("—");
  });
});
