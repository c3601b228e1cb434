import { describe, expect, it } from "vitest";
import { type Advice, adviseModerators, gatherEvidence, mostActiveThreads, QUIET_DAYS, seesMemberEvidence } from "./advice";
import { DECLINE_BELOW, dimensionShare, formatChange, formatDimensionShare, formatMetricTarget, formatMetricValue, formatScore, formatScoreTenths, isWeightReduced } from "./format";
import { analyzePost, computeGroupHealth, qualifyingMessages, reviewGroup, unansweredContributors } from "./index";
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
    ...["30", "31", "32"].map((id) => [id, { title: `Announcement ${id}`, slug: `announcement-${id}` }] as const),
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

  /** The advice as the dashboard builds it: the evidence gathered from the activity (with the engine's review), then turned into advice. */
  const adviceFor = (a: GroupActivity, groupSlug: string, memberEvidence = true) =>
    adviseModerators({
      evidence: gatherEvidence(a, now, reviewGroup(a, now), []),
      now,
      groupSlug,
      threads,
      users,
      memberEvidence,
    });

  it("points at unanswered threads, the missing meetup, the busiest threads and unanswered members, with links", () => {
    const advice = adviceFor(data, "garden");
    expect(advice.map((a) => a.kind)).toEqual(["unanswered-threads", "schedule-meetup", "active-threads", "unanswered-members"]);
    const unanswered = advice[0] as Extract<(typeof advice)[number], { kind: "unanswered-threads" }>;
    expect(unanswered.threads.map((t) => t.id).sort()).toEqual(["1", "30", "31", "32"]);
    expect(unanswered.threads.find((t) => t.id === "1")).toMatchObject({ title: "Lonely question", href: "/g/garden/t/1-lonely-question", ageDays: 3 });
    expect(advice[1]).toEqual({ kind: "schedule-meetup", href: "/g/garden/meetups/new", lastHeldDaysAgo: null });
    const active = advice[2] as Extract<(typeof advice)[number], { kind: "active-threads" }>;
    expect(active.threads[0]).toMatchObject({ id: "2", posts: 6, authors: 3, meetupHref: "/g/garden/meetups/new?thread=2", projectHref: "/g/garden/projects/new?thread=2" });
    const members = advice[3] as Extract<(typeof advice)[number], { kind: "unanswered-members" }>;
    // A link to answer Ada: her latest unanswered message (the lonely question), through its permalink.
    expect(members.members).toEqual([{ id: "a", name: "Ada", href: "/g/garden/posts/10", messages: 4 }]);
  });

  it("leaves the group's own owners and moderators out of the members never answered: the advice is for them", () => {
    const evidence = gatherEvidence(data, now, reviewGroup(data, now), ["a", "b"]);
    expect(evidence).toMatchObject({ unansweredMemberCount: 0, unansweredMembers: [] });
    const advice = adviseModerators({ evidence, now, groupSlug: "garden", threads, users, memberEvidence: true });
    expect(advice.map((a) => a.kind)).not.toContain("unanswered-members");
    // Only the staff are left out: another member who was never answered is still listed.
    const eve = ["40", "41", "42"].map((id, i) => post(id, `4${i}`, "e", null, hoursAgo(60 + i)));
    const withEve = {
      ...data,
      memberIds: [...data.memberIds, "e"],
      threads: [...data.threads, ...eve.map((p) => ({ id: p.threadId, authorId: "e", createdAt: p.createdAt }))],
      posts: [...data.posts, ...eve],
    };
    expect(gatherEvidence(withEve, now, reviewGroup(withEve, now), ["a"])).toMatchObject({ unansweredMemberCount: 1, unansweredMembers: [{ id: "e", messages: 3, latestPostId: "40" }] });
  });

  it("evidence stored before it named the latest message still names the member, without a link", () => {
    const evidence = gatherEvidence(data, now, reviewGroup(data, now), []);
    const stored = { ...evidence, unansweredMembers: evidence.unansweredMembers.map(({ id, messages }) => ({ id, messages })) };
    const advice = adviseModerators({ evidence: stored, now, groupSlug: "garden", threads, users, memberEvidence: true });
    expect(advice.find((a) => a.kind === "unanswered-members")).toEqual({ kind: "unanswered-members", count: 1, members: [{ id: "a", name: "Ada", href: null, messages: 4 }] });
  });

  it("does not suggest a meetup when one is upcoming or was held recently (≥ 3 members checked in)", () => {
    const meetup = { id: "m", organizerIds: ["a"], cancelled: false, goingIds: [], checkedInIds: ["a", "b", "c"], linkedThreadIds: [] };
    const advise = (meetups: GroupActivity["meetups"]) => adviceFor({ ...data, meetups }, "g");
    expect(advise([{ ...meetup, checkedInIds: [], startsAt: hoursAgo(-48) }]).some((a) => a.kind === "schedule-meetup")).toBe(false);
    expect(advise([{ ...meetup, startsAt: hoursAgo(24 * 20) }]).some((a) => a.kind === "schedule-meetup")).toBe(false);
    expect(advise([{ ...meetup, startsAt: hoursAgo(24 * 120) }]).find((a) => a.kind === "schedule-meetup")).toMatchObject({ lastHeldDaysAgo: 120 });
  });

  it("a recent meetup nobody (or fewer than 3 members) checked in to was not held: the advice stands", () => {
    const meetup = { id: "m", organizerIds: ["a"], cancelled: false, goingIds: ["a", "b", "c"], linkedThreadIds: [], startsAt: hoursAgo(24 * 20) };
    const advise = (meetups: GroupActivity["meetups"]) => adviceFor({ ...data, meetups }, "g");
    // No check-in at all, and a meetup the engine scores as not held: suggest one.
    const empty = advise([{ ...meetup, checkedInIds: [] }]);
    expect(empty.find((a) => a.kind === "schedule-meetup")).toEqual({ kind: "schedule-meetup", href: "/g/g/meetups/new", lastHeldDaysAgo: null });
    const report = computeGroupHealth({ ...data, meetups: [{ ...meetup, checkedInIds: [] }] }, now);
    expect(report.dimensions.find((d) => d.key === "meetups")!.metrics.find((m) => m.key === "reach")!.score).toBeNull();
    // Two members, or three check-ins of whom one is not a member (or one counted twice): not held.
    expect(advise([{ ...meetup, checkedInIds: ["a", "b"] }]).some((a) => a.kind === "schedule-meetup")).toBe(true);
    expect(advise([{ ...meetup, checkedInIds: ["a", "b", "outsider"] }]).some((a) => a.kind === "schedule-meetup")).toBe(true);
    expect(advise([{ ...meetup, checkedInIds: ["a", "b", "b"] }]).some((a) => a.kind === "schedule-meetup")).toBe(true);
    // An older held meetup is the one the advice dates from.
    const older = advise([{ ...meetup, checkedInIds: [] }, { ...meetup, id: "old", checkedInIds: ["a", "b", "c"], startsAt: hoursAgo(24 * 100) }]);
    expect(older.find((a) => a.kind === "schedule-meetup")).toMatchObject({ lastHeldDaysAgo: 100 });
    // A cancelled one never counts.
    expect(advise([{ ...meetup, cancelled: true, checkedInIds: ["a", "b", "c"] }]).some((a) => a.kind === "schedule-meetup")).toBe(true);
  });

  it("counts an unanswered member's qualifying messages, not every post", () => {
    // Ada's four qualifying messages (her lonely question and three unanswered threads), plus a
    // one-word post, an exact copy and a hidden post: none of those three qualifies.
    const copy = { ...ignoredPosts[0]!, id: "33", threadId: "1", parentId: "10", createdAt: hoursAgo(150) };
    const short = { ...post("34", "1", "a", "10", hoursAgo(140)), features: analyzePost("ok") };
    const hidden = { ...post("35", "1", "a", "10", hoursAgo(130)), visible: false };
    const noisy = { ...data, posts: [...data.posts, copy, short, hidden] };
    expect(unansweredContributors(noisy, now)).toContain("a");
    const advice = adviceFor(noisy, "g");
    const members = advice.find((a) => a.kind === "unanswered-members") as Extract<(typeof advice)[number], { kind: "unanswered-members" }>;
    expect(noisy.posts.filter((p) => p.authorId === "a")).toHaveLength(7);
    expect(members.members.find((m) => m.id === "a")).toMatchObject({ messages: 4 });
    const qms = qualifyingMessages(noisy, now);
    expect([qms.get("a"), qms.get("b")]).toEqual([4, 2]);
  });

  it("names unanswered members only to viewers who may see member-level evidence; others get the count", () => {
    const advice = adviceFor(data, "g", false);
    expect(advice.find((a) => a.kind === "unanswered-members")).toEqual({ kind: "unanswered-members", count: 1, members: [] });
    expect(JSON.stringify(advice)).not.toContain("Ada");
  });

  it("the evidence is plain JSON: stored and read back, it gives the same advice; read later, the ages move on", () => {
    const evidence = gatherEvidence(data, now, reviewGroup(data, now), []);
    const stored = JSON.parse(JSON.stringify(evidence)) as typeof evidence;
    const input = { now, groupSlug: "garden", threads, users, memberEvidence: true };
    expect(adviseModerators({ ...input, evidence: stored })).toEqual(adviceFor(data, "garden"));
    expect(stored).toMatchObject({ computedAt: now.toISOString(), unansweredMemberCount: 1, unansweredMembers: [{ id: "a", messages: 4, latestPostId: "10" }], upcomingMeetup: false, lastHeldAt: null });
    const twoDaysLater = adviseModerators({ ...input, evidence: stored, now: hoursAgo(-48) });
    const unanswered = twoDaysLater[0] as Extract<(typeof twoDaysLater)[number], { kind: "unanswered-threads" }>;
    expect(unanswered.threads.find((t) => t.id === "1")?.ageDays).toBe(5);
  });

  it("leaves out threads deleted since the evidence was gathered (the page could not name them): no link leads to a 404", () => {
    const evidence = gatherEvidence(data, now, reviewGroup(data, now), []);
    const stillThere = new Map([...threads].filter(([id]) => id !== "1" && id !== "2"));
    const advice = adviseModerators({ now, groupSlug: "garden", threads: stillThere, users, memberEvidence: true, evidence });
    const unanswered = advice.find((a) => a.kind === "unanswered-threads") as Extract<(typeof advice)[number], { kind: "unanswered-threads" }>;
    expect(unanswered.threads.map((t) => t.id).sort()).toEqual(["30", "31", "32"]);
    // The only busy thread is gone: no advice about busy threads at all.
    expect(advice.map((a) => a.kind)).not.toContain("active-threads");
    const none = adviseModerators({ now, groupSlug: "garden", threads: new Map(), users, memberEvidence: true, evidence });
    expect(none.map((a) => a.kind)).toEqual(["schedule-meetup", "unanswered-members"]);
  });

  it("lists threads still unanswered newest first, eight of them and how many more; threads answered late are counted apart", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `5${String(i).padStart(2, "0")}`, createdAt: hoursAgo(50 + i * 10).toISOString() }));
    const titled = new Map(many.map((t) => [t.id, { title: `Question ${t.id}`, slug: `question-${t.id}` }]));
    const evidence = { ...gatherEvidence(activity({}), now, reviewGroup(activity({}), now), []), unansweredThreads: [...many].reverse(), answeredLateThreadCount: 2 };
    const unanswered = adviseModerators({ evidence, now, groupSlug: "g", threads: titled, users, memberEvidence: true }).find((a) => a.kind === "unanswered-threads");
    expect(unanswered).toMatchObject({ count: 11, more: 3, answeredLate: 2 });
    expect((unanswered as Extract<typeof unanswered, { kind: "unanswered-threads" }>).threads.map((t) => t.id)).toEqual(many.slice(0, 8).map((t) => t.id));
    // A thread answered after 48 h is evidence, not a thread to answer: gathered apart.
    const late = activity({ threads: [{ id: "1", authorId: "a", createdAt: hoursAgo(72) }], posts: [lonely, post("11", "1", "b", "10", hoursAgo(12))] });
    expect(gatherEvidence(late, now, reviewGroup(late, now), [])).toMatchObject({ unansweredThreads: [], answeredLateThreadCount: 1 });
    expect(adviseModerators({ evidence: gatherEvidence(late, now, reviewGroup(late, now), []), now, groupSlug: "g", threads, users, memberEvidence: true }).map((a) => a.kind)).not.toContain("unanswered-threads");
  });

  it("takes the last message and meetup from the facts over the whole history, when given: a group silent for 200 days is not one where nobody ever wrote", () => {
    const silent = activity({});
    const evidence = gatherEvidence(silent, now, reviewGroup(silent, now), []);
    expect(evidence).toMatchObject({ lastMessageAt: null, lastHeldAt: null });
    const longAgo = hoursAgo(24 * 200).toISOString();
    const facts = { lastMessageAt: longAgo, lastHeldAt: longAgo, upcomingMeetup: false, uncountedMeetup: null, followUps: new Map() };
    const advice = adviseModerators({ evidence, now, groupSlug: "g", threads, users, memberEvidence: true, facts });
    expect(advice.find((a) => a.kind === "revive-discussion")).toMatchObject({ quietDays: 200 });
    expect(advice.find((a) => a.kind === "schedule-meetup")).toMatchObject({ lastHeldDaysAgo: 200 });
    // A meetup planned further ahead than the loader reads is planned all the same.
    const planned = adviseModerators({ evidence, now, groupSlug: "g", threads, users, memberEvidence: true, facts: { ...facts, upcomingMeetup: true } });
    expect(planned.map((a) => a.kind)).not.toContain("schedule-meetup");
  });

  it("asks to check in who came to a meetup that took place but does not count yet, instead of to schedule one as if none had", () => {
    const silent = activity({});
    const evidence = gatherEvidence(silent, now, reviewGroup(silent, now), []);
    const closesAt = hoursAgo(-24 * 2).toISOString();
    const facts = { lastMessageAt: null, lastHeldAt: null, upcomingMeetup: false, uncountedMeetup: { id: 12, title: "Dark-sky trip", checkedIn: 2, closesAt }, followUps: new Map() };
    const advice = adviseModerators({ evidence, now, groupSlug: "astro", threads, users, memberEvidence: true, facts });
    expect(advice.find((a) => a.kind === "check-in-meetup")).toEqual({ kind: "check-in-meetup", href: "/g/astro/meetups/12/check-in", title: "Dark-sky trip", checkedIn: 2, closesAt });
    expect(advice.map((a) => a.kind)).not.toContain("schedule-meetup");
    // Once it counts (or its check-in has closed), the facts no longer name it: schedule the next.
    expect(adviseModerators({ evidence, now, groupSlug: "astro", threads, users, memberEvidence: true, facts: { ...facts, uncountedMeetup: null } }).map((a) => a.kind)).toContain("schedule-meetup");
  });

  it("links a busy thread to the meetup or project that came of it, and skips one that has both", () => {
    const evidence = gatherEvidence(data, now, reviewGroup(data, now), []);
    const active = (followUps: Map<string, { meetup: { id: number; title: string } | null; project: { id: number; name: string } | null }>) =>
      adviseModerators({ evidence, now, groupSlug: "garden", threads, users, memberEvidence: true, facts: { lastMessageAt: null, lastHeldAt: null, upcomingMeetup: false, uncountedMeetup: null, followUps } }).find(
        (a) => a.kind === "active-threads",
      ) as Extract<Advice, { kind: "active-threads" }> | undefined;
    expect(active(new Map())?.threads[0]).toMatchObject({ id: "2", meetup: null, project: null });
    expect(active(new Map([["2", { meetup: { id: 7, title: "Soil day" }, project: null }]]))?.threads[0]).toMatchObject({ meetup: { title: "Soil day", href: "/g/garden/meetups/7" }, project: null });
    expect(active(new Map([["2", { meetup: null, project: { id: 9, name: "Seed library" } }]]))?.threads[0]).toMatchObject({ meetup: null, project: { title: "Seed library", href: "/g/garden/projects/9" } });
    expect(active(new Map([["2", { meetup: { id: 7, title: "Soil day" }, project: { id: 9, name: "Seed library" } }]]))).toBeUndefined();
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
    // As precise as the explanation beside it: "a decay-weighted 0.08 a week", "0.47 after decay".
    expect(formatMetricValue({ key: "frequency", value: 0.0815 })).toBe("0.08\u00a0/\u00a0week");
    expect(formatMetricValue({ key: "cadence", value: 0.4712 })).toBe("0.47");
    expect(formatMetricValue({ key: "lexicalDiversity", value: 0.7234 })).toBe("0.72");
    expect(formatMetricValue({ key: "organizers", value: 2 })).toBe("2");
    expect(formatMetricValue({ key: "reach", value: null })).toBe("—");
    // Just short of the target: cut, not rounded up to it; at or past it, or further off, rounded.
    expect(formatMetricValue({ key: "lexicalDiversity", value: 0.8472, target: 0.85 })).toBe("0.84");
    expect(formatMetricValue({ key: "lexicalDiversity", value: 0.85, target: 0.85 })).toBe("0.85");
    expect(formatMetricValue({ key: "regularity", value: 0.846, target: 0.85 })).toBe("84\u00a0%");
    expect(formatMetricValue({ key: "regularity", value: 0.8, target: 0.85 })).toBe("80\u00a0%");
    expect(formatMetricValue({ key: "engagement", value: 0.256, target: 0.25 })).toBe("26\u00a0%");
    expect(formatMetricTarget({ key: "engagement", target: 0.25 })).toBe("25\u00a0%");
    // Count-like metrics have no target, which is not the same as not applicable.
    expect(formatMetricTarget({ key: "frequency", target: null })).toBe("no target");
    expect(formatMetricTarget({ key: "liveProjects", target: null })).not.toBe(formatMetricValue({ key: "liveProjects", value: null }));
    expect(formatMetricTarget({ key: "organizers", target: 2 })).toBe("2");
    // Cut, not rounded: 74.6 is Healthy, and must not show as Thriving's 75.
    expect(formatScore(74.6)).toBe("74");
    expect(formatScore(75)).toBe("75");
    expect(formatScoreTenths(74.96)).toBe("74.9");
    expect(formatScoreTenths(61.5)).toBe("61.5");
    expect(formatScore(null)).toBe("—");
    expect(formatChange(4.24)).toBe("+4.2");
    expect(formatChange(-3)).toBe("−3.0");
    expect(formatChange(0.01)).toBe("0.0");
    // What the declines view lists is exactly what shows as a loss.
    expect(formatChange(DECLINE_BELOW)).toBe("0.0");
    expect(formatChange(DECLINE_BELOW - 0.001)).toBe("−0.1");
    expect(formatChange(null)).toBe("—");
  });
});

describe("who sees member-level evidence", () => {
  const actor = (role: "owner" | "moderator" | "organizer" | "member" | null, isSiteAdmin = false, status: "active" | "banned" = "active") => ({
    userId: "u",
    isSiteAdmin,
    membership: role ? { role, status } : null,
  });
  it("the group's owner and moderators; not a site admin from outside, an organizer, a member or a banned moderator", () => {
    expect(seesMemberEvidence(actor("owner"))).toBe(true);
    expect(seesMemberEvidence(actor("moderator"))).toBe(true);
    expect(seesMemberEvidence(actor("moderator", true))).toBe(true);
    expect(seesMemberEvidence(actor(null, true))).toBe(false);
    expect(seesMemberEvidence(actor("member", true))).toBe(false);
    expect(seesMemberEvidence(actor("organizer"))).toBe(false);
    expect(seesMemberEvidence(actor("member"))).toBe(false);
    expect(seesMemberEvidence(actor("moderator", false, "banned"))).toBe(false);
  });
});

describe("dimension weights as shares of the overall score", () => {
  const dims = (meetups: number, projects: number) => [
    { key: "activity" as const, weight: 0.35 },
    { key: "richness" as const, weight: 0.3 },
    { key: "meetups" as const, weight: meetups },
    { key: "projects" as const, weight: projects },
  ];

  it("are the nominal weights for a group at least 90 days old", () => {
    const all = dims(0.2, 0.15);
    expect(all.map((d) => formatDimensionShare(d, all))).toEqual(["35\u00a0%", "30\u00a0%", "20\u00a0%", "15\u00a0%"]);
    expect(all.some(isWeightReduced)).toBe(false);
  });

  it("are renormalised for a young group, as the overall score is", () => {
    // 30 days old: meetups and projects weigh a third; the shares add up to 100 %.
    const young = dims(0.2 / 3, 0.15 / 3);
    expect(young.map((d) => formatDimensionShare(d, young))).toEqual(["46\u00a0%", "39\u00a0%", "9\u00a0%", "7\u00a0%"]);
    expect(young.reduce((sum, d) => sum + dimensionShare(d, young), 0)).toBeCloseTo(1, 12);
    expect(young.map(isWeightReduced)).toEqual([false, false, true, true]);
    // A brand-new group: only conversation counts.
    const fresh = dims(0, 0);
    expect(fresh.map((d) => formatDimensionShare(d, fresh))).toEqual(["54\u00a0%", "46\u00a0%", "0\u00a0%", "0\u00a0%"]);
  });

  it("match the engine: overall = Σ share × dimension score", () => {
    const activity: GroupActivity = { groupId: "g", createdAt: hoursAgo(24 * 20), memberIds: ["a", "b"], threads: [{ id: "1", authorId: "a", createdAt: hoursAgo(50) }], posts: [post("1", "1", "a", null, hoursAgo(50)), post("2", "1", "b", "1", hoursAgo(49))], reactions: [], meetups: [], projects: [] };
    const report = computeGroupHealth(activity, now);
    const recombined = report.dimensions.reduce((sum, d) => sum + dimensionShare(d, report.dimensions) * d.score, 0);
    expect(recombined).toBeCloseTo(report.overall, 9);
    expect(report.dimensions.map((d) => Math.round(d.weight * 100))).not.toEqual(report.dimensions.map((d) => Math.round(dimensionShare(d, report.dimensions) * 100)));
  });
});

describe("advice for a quiet group", () => {
  const advise = (a: GroupActivity) => adviseModerators({ evidence: gatherEvidence(a, now, reviewGroup(a, now), []), now, groupSlug: "quiet", threads: new Map(), users: new Map(), memberEvidence: true });

  it("says to start a conversation when nobody wrote for over two weeks, first of all", () => {
    const silent = activity({ threads: [{ id: "1", authorId: "a", createdAt: hoursAgo(24 * 40) }], posts: [post("10", "1", "a", null, hoursAgo(24 * 40))] });
    expect(advise(silent)[0]).toEqual({ kind: "revive-discussion", href: "/g/quiet/t/new", quietDays: 40 });
    expect(advise(activity({}))[0]).toEqual({ kind: "revive-discussion", href: "/g/quiet/t/new", quietDays: null });
  });

  it("says nothing of the kind while members write, or for evidence stored before it was gathered", () => {
    const lively = activity({ threads: [{ id: "1", authorId: "a", createdAt: hoursAgo(24 * (QUIET_DAYS - 1)) }], posts: [post("10", "1", "a", null, hoursAgo(24 * (QUIET_DAYS - 1)))] });
    expect(advise(lively).map((item) => item.kind)).not.toContain("revive-discussion");
    const { lastMessageAt: _dropped, ...stored } = gatherEvidence(activity({}), now, reviewGroup(activity({}), now), []);
    const old = adviseModerators({ evidence: stored, now, groupSlug: "quiet", threads: new Map(), users: new Map(), memberEvidence: true });
    expect(old.map((item) => item.kind)).not.toContain("revive-discussion");
  });
});
