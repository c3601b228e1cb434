import { describe, expect, it } from "vitest";
import { computeGroupHealth } from "./compute";
import { bandOf, BAND_LABELS, DIMENSION_LABELS } from "./constants";
import { prepare } from "./qualify";
import { countScore, decayWeight, lexicalDiversityScore, proportionScore, shrink } from "./scoring";
import { DAY, daysAgo, dimension, GroupBuilder, HOUR, hoursAgo, metric, NOW, at } from "./test-helpers";

const health = (b: GroupBuilder, now = NOW) => computeGroupHealth(b.build(), now);
const distinctWords = (n: number, prefix = "mot") => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

describe("a hand-computed report (4 members, 8 posts, 2 meetups, 2 projects)", () => {
  const b = new GroupBuilder({ members: 4 });
  const t1 = b.thread("m1", daysAgo(10), b.text(12));
  const r1 = b.reply(t1.postId, "m2", at(10 * DAY - 2 * HOUR), b.text(45));
  const r2 = b.reply(r1, "m3", daysAgo(9), distinctWords(60));
  b.reply(r2, "m1", daysAgo(8), b.text(12));
  b.thread("m2", daysAgo(3), b.text(12));
  b.thread("m3", hoursAgo(12), b.text(8) + " https://example.com/plan");
  const t4 = b.thread("m1", daysAgo(40), b.text(12));
  b.reply(t4.postId, "m2", daysAgo(39), b.text(12));
  b.react(t1.postId, "m4", daysAgo(5));
  b.meetup({ startsAt: daysAgo(20), organizerIds: ["m1"], checkedInIds: ["m1", "m2", "m3"], goingIds: ["m1", "m2", "m3"], linkedThreadIds: [t1.threadId] });
  b.meetup({ startsAt: daysAgo(-10), organizerIds: ["m2"], goingIds: ["m2"] });
  b.project({ id: "P1", sourceThreadId: t1.threadId, contributorIds: ["m1", "m2"], updates: [{ authorId: "m1", createdAt: daysAgo(5) }] });
  b.project({ id: "P2", contributorIds: ["m2", "m3"], updates: [{ authorId: "m2", createdAt: daysAgo(120) }, { authorId: "m3", createdAt: daysAgo(10) }] });
  const report = health(b);
  const w = (days: number) => 2 ** (-days / 15);

  it("A. activity", () => {
    // Six QMs in 30 days, two per author: Neff = 3, no monologue penalty.
    const decayed = w(10) + w(10 - 2 / 24) + w(9) + w(8) + w(3) + w(0.5);
    const freq = decayed / (30 / 7);
    expect(metric(report, "frequency").value).toBeCloseTo(freq, 12);
    expect(metric(report, "frequency").score).toBeCloseTo(100 * (1 - Math.exp(-freq / 10)), 10);
    expect(metric(report, "frequency").sample).toBe(6);
    // Weeks (Mon 23 Nov back 13): week of 16 Nov (m3, m1, m2), of 9 Nov (m1, m2), of 12 Oct (m1, m2).
    expect(metric(report, "regularity")).toMatchObject({ value: 3 / 13, sample: 13, provisional: false });
    expect(metric(report, "regularity").score).toBeCloseTo((100 * ((3 + 5 * 0.425) / 18)) / 0.85, 10);
    // T1 answered after 2 h, T2 never; T3 is younger than 24 h.
    expect(metric(report, "responsiveness")).toMatchObject({ value: 0.5, sample: 2, provisional: true });
    expect(metric(report, "responsiveness").score).toBeCloseTo((100 * (3.25 / 7)) / 0.9, 10);
    expect(metric(report, "responsiveness").explanation).toBe(
      "1 of 2 new threads got a reply from another member within 48 h (median first reply 2.0 h; provisional: small sample).",
    );
    // m4 only reacted to someone else's post: still engaged.
    expect(metric(report, "engagement")).toMatchObject({ value: 1, sample: 4, score: 100 });
    expect(metric(report, "retention")).toMatchObject({ value: 1, sample: 2 });
    expect(metric(report, "retention").score).toBeCloseTo((100 * 0.5) / 0.6, 10);
  });

  it("B. richness", () => {
    // Substantive: the 45- and 60-word replies and the post with a link.
    expect(metric(report, "substance")).toMatchObject({ value: 0.5, sample: 6 });
    expect(metric(report, "substance").score).toBeCloseTo(100 * (4.25 / 11 / 0.5), 10);
    expect(metric(report, "lexicalDiversity")).toMatchObject({ value: 1, sample: 1, score: 100, provisional: true });
    // T1: three authors and r2 answers the reply r1.
    expect(metric(report, "depth")).toMatchObject({ value: 1, sample: 1, score: 75, provisional: true });
    // m2→m1, m3→m2, m1→m3: three pairs, none both ways.
    expect(metric(report, "reciprocity")).toMatchObject({ value: 0, sample: 3, score: 31.25, provisional: true });
  });

  it("C. meetups", () => {
    expect(metric(report, "cadence").value).toBeCloseTo(2 ** (-20 / 45), 12);
    expect(metric(report, "cadence").score).toBeCloseTo(100 * (1 - Math.exp(-(2 ** (-20 / 45)))), 10);
    expect(metric(report, "reach")).toMatchObject({ value: 1, sample: 3, score: 100 });
    expect(metric(report, "followThrough")).toMatchObject({ value: 1, sample: 1, score: 75, provisional: true });
    // m1 organised the held meetup, m2 the one in 10 days.
    expect(metric(report, "organizers")).toMatchObject({ value: 2, score: 100 });
  });

  it("D. projects", () => {
    expect(metric(report, "liveProjects")).toMatchObject({ value: 2 });
    expect(metric(report, "liveProjects").score).toBeCloseTo(100 * (1 - Math.exp(-2)), 10);
    expect(metric(report, "teamBreadth")).toMatchObject({ value: 1, sample: 3, score: 100 });
    expect(metric(report, "spawnedFromDiscussion")).toMatchObject({ value: 0.5, sample: 2, score: 50, provisional: true });
    expect(metric(report, "continuity")).toMatchObject({ value: 1, sample: 1, provisional: true });
    expect(metric(report, "continuity").score).toBeCloseTo((100 * (2.75 / 6)) / 0.7, 10);
  });

  it("combines dimensions and contributions", () => {
    const scores = (keys: string[]) => keys.map((k) => metric(report, k).score as number);
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    const A = mean(scores(["frequency", "regularity", "responsiveness", "engagement", "retention"]));
    const B = mean(scores(["substance", "lexicalDiversity", "depth", "reciprocity"]));
    const C = mean(scores(["cadence", "reach", "followThrough", "organizers"]));
    const D = mean(scores(["liveProjects", "teamBreadth", "spawnedFromDiscussion", "continuity"]));
    expect(dimension(report, "activity").score).toBeCloseTo(A, 10);
    expect(dimension(report, "richness").score).toBeCloseTo(B, 10);
    expect(report.overall).toBeCloseTo(0.35 * A + 0.3 * B + 0.2 * C + 0.15 * D, 10);
    expect(metric(report, "depth").contribution).toBeCloseTo((0.3 * 75) / 4, 10);
    expect(report.band).toBe(bandOf(report.overall));
    expect(report.provisional).toBe(false);
    expect(report.groupId).toBe("g1");
    expect(report.computedAt.getTime()).toBe(NOW.getTime());
  });
});

describe("qualifying messages", () => {
  it("need 5 words outside quotes, visibility and a member author", () => {
    const b = new GroupBuilder({ members: 2 });
    b.thread("m1", hoursAgo(5), "only four words here");
    b.thread("m1", hoursAgo(4), "> five quoted words right here\n\nbut four mine");
    b.thread("m1", hoursAgo(3), b.text(6), { visible: false });
    b.thread("gone", hoursAgo(2), b.text(6)); // not (or no longer) a member
    b.thread("m2", hoursAgo(1), "exactly five words written here");
    const ctx = prepare(b.build(), NOW.getTime());
    expect(ctx.posts.map((p) => p.qm)).toEqual([false, false, false, false, true]);
    expect(metric(health(b), "frequency").sample).toBe(1);
  });

  it("exclude exact copies by the same author within 7 days, inclusive", () => {
    const b = new GroupBuilder({ members: 2 });
    const body = b.text(10);
    b.thread("m1", daysAgo(20), body);
    b.thread("m2", daysAgo(19), body); // another author may say the same
    b.thread("m1", daysAgo(13), body); // exactly 7 days after the first: duplicate
    b.thread("m1", at(13 * DAY - 1), body); // 7 days + 1 ms after the first QM: qualifies
    const ctx = prepare(b.build(), NOW.getTime());
    expect(ctx.posts.map((p) => p.qm)).toEqual([true, true, false, true]);
  });

  it("exclude near-duplicates (estimated Jaccard ≥ 0.8) but not different texts", () => {
    const b = new GroupBuilder({ members: 1 });
    const original = b.text(60);
    const words = original.split(" ");
    words[30] = "changed";
    const near = words.join(" ");
    const far = b.text(60);
    b.thread("m1", daysAgo(3), original);
    b.thread("m1", daysAgo(2), near);
    b.thread("m1", daysAgo(1), far);
    const ctx = prepare(b.build(), NOW.getTime());
    const [a, n, f] = ctx.posts;
    const equal = (x: number[], y: number[]) => x.filter((v, i) => v === y[i]).length / 64;
    expect(equal(a!.features.minhash, n!.features.minhash)).toBeGreaterThanOrEqual(0.8);
    expect(equal(a!.features.minhash, f!.features.minhash)).toBeLessThan(0.8);
    expect(ctx.posts.map((p) => p.qm)).toEqual([true, false, true]);
  });

  it("count at most 10 per author per UTC day; over-cap posts still block their copies", () => {
    const b = new GroupBuilder({ members: 1 });
    const day = Date.UTC(2026, 10, 20); // 20 Nov 00:00 UTC
    const bodies = Array.from({ length: 12 }, () => b.text(8));
    bodies.forEach((body, i) => b.thread("m1", new Date(day + i * HOUR), body));
    b.thread("m1", new Date(day + DAY + HOUR), bodies[11]!); // copy of the 12th, next day
    b.thread("m1", new Date(day + DAY + 2 * HOUR), b.text(8)); // new day: counts again
    const ctx = prepare(b.build(), NOW.getTime());
    expect(ctx.posts.map((p) => p.qm)).toEqual([...Array(12).fill(true), false, true]);
    expect(ctx.posts.map((p) => p.counted)).toEqual([...Array(10).fill(true), false, false, false, true]);
    expect(metric(health(b), "frequency").sample).toBe(11);
  });

  it("are decided in time order whatever the input order", () => {
    const b = new GroupBuilder({ members: 1 });
    const body = b.text(10);
    b.thread("m1", daysAgo(1), body);
    b.thread("m1", daysAgo(2), body);
    const ctx = prepare(b.build(), NOW.getTime());
    expect(ctx.posts.map((p) => [p.t, p.qm])).toEqual([
      [daysAgo(2).getTime(), true],
      [daysAgo(1).getTime(), false],
    ]);
  });

  it("break ties of time by id, so the same copy wins whatever the input order", () => {
    const body = "the very same words posted twice";
    const make = (order: string[]) => {
      const b = new GroupBuilder({ members: 1 });
      b.thread("m1", daysAgo(3), b.text(8)); // an unsorted input: the sort path runs
      for (const id of order) b.rawPost({ id, threadId: "t", authorId: "m1", parentId: null, createdAt: daysAgo(1), body });
      b.thread("m1", daysAgo(4), b.text(8));
      return prepare(b.build(), NOW.getTime()).posts.filter((p) => p.id.startsWith("copy")).map((p) => [p.id, p.qm]);
    };
    expect(make(["copy-b", "copy-a"])).toEqual([["copy-a", true], ["copy-b", false]]);
    expect(make(["copy-a", "copy-b"])).toEqual([["copy-a", true], ["copy-b", false]]);
  });

  it("ignore posts after `now` (the trend computes the past)", () => {
    const b = new GroupBuilder({ members: 1 });
    b.thread("m1", daysAgo(-1), b.text(10));
    expect(metric(health(b), "frequency").sample).toBe(0);
  });
});

describe("scoring curves", () => {
  it("decay halves every half-window and is 0 from the window's edge", () => {
    expect(decayWeight(0, 30)).toBe(1);
    expect(decayWeight(15 * DAY, 30)).toBeCloseTo(0.5, 12);
    expect(decayWeight(30 * DAY - 1, 30)).toBeCloseTo(0.25, 9);
    expect(decayWeight(30 * DAY, 30)).toBe(0);
    expect(decayWeight(45 * DAY, 90)).toBeCloseTo(0.5, 12);
    expect(decayWeight(-1, 30)).toBe(0);
  });

  it("shrinks proportions toward target / 2, which scores 50", () => {
    expect(shrink(0, 0, 0.5)).toBe(0.25);
    expect(proportionScore(0, 0, 0.5)).toBe(50);
    expect(proportionScore(1, 1, 0.9)).toBeCloseTo((100 * (3.25 / 6)) / 0.9, 12);
    expect(proportionScore(50, 50, 0.9)).toBe(100);
    expect(proportionScore(10, 10, 1)).toBeCloseTo((100 * 12.5) / 15, 12);
  });

  it("maps counts and MATTR", () => {
    expect(countScore(0, 10)).toBe(0);
    expect(countScore(10, 10)).toBeCloseTo(100 * (1 - Math.exp(-1)), 12);
    expect(lexicalDiversityScore(0.5)).toBe(0);
    expect(lexicalDiversityScore(0.85)).toBeCloseTo(100, 12);
    expect(lexicalDiversityScore(0.675)).toBeCloseTo(50, 12);
    expect(lexicalDiversityScore(0.3)).toBe(0);
    expect(lexicalDiversityScore(0.95)).toBe(100);
  });

  it("bands at 35, 55 and 75 exactly", () => {
    expect([bandOf(75), bandOf(74.999), bandOf(55), bandOf(54.999), bandOf(35), bandOf(34.999), bandOf(0)]).toEqual([
      "thriving", "healthy", "healthy", "needs-attention", "needs-attention", "dormant", "dormant",
    ]);
    expect(BAND_LABELS["needs-attention"]).toBe("Needs attention");
    expect(DIMENSION_LABELS.meetups).toBe("Offline meetups");
  });
});

describe("A. sustained activity", () => {
  it("frequency: always applicable, 0 without QMs; the decay edge is exclusive", () => {
    const empty = metric(health(new GroupBuilder()), "frequency");
    expect(empty).toMatchObject({ score: 0, value: 0, sample: 0, provisional: false });
    expect(empty.explanation).toBe("No qualifying message in the last 30 days.");
    const b = new GroupBuilder({ members: 3 });
    b.thread("m1", daysAgo(30), b.text(10)); // exactly W old: outside
    b.thread("m1", at(30 * DAY - 1), b.text(10));
    const f = metric(health(b), "frequency");
    expect(f.sample).toBe(1);
    // one author: Neff = 1, a third of the value
    expect(f.value).toBeCloseTo((2 ** (-(30 * DAY - 1) / (15 * DAY)) / (30 / 7)) * (1 / 3), 12);
    expect(f.explanation).toBe(
      "1 qualifying message from 1 author in the last 30 days, a decay-weighted 0.02 a week after a 33 % weight because one author carries the conversation.",
    );
  });

  it("frequency: a monologue counts a third, three equal authors in full", () => {
    const solo = new GroupBuilder({ members: 3 });
    const trio = new GroupBuilder({ members: 3 });
    for (let i = 0; i < 6; i++) {
      solo.thread("m1", daysAgo(i + 1), solo.text(10));
      trio.thread(`m${(i % 3) + 1}`, daysAgo(i + 1), trio.text(10));
    }
    const s = metric(health(solo), "frequency").value as number;
    const t = metric(health(trio), "frequency").value as number;
    expect(s / t).toBeCloseTo(1 / 3, 12);
  });

  it("regularity: not applicable before one complete week; weeks start at or after creation", () => {
    // NOW is Wednesday 25 Nov; the last complete week is Mon 16 – Mon 23 Nov.
    const young = new GroupBuilder({ ageDays: 8 }); // created Tue 17 Nov
    expect(metric(health(young), "regularity")).toMatchObject({ score: null, value: null, sample: 0 });
    expect(metric(health(young), "regularity").explanation).toContain("complete week");
    const b = new GroupBuilder();
    b.setCreatedAt(new Date(Date.UTC(2026, 10, 9))); // Monday 9 Nov 00:00: two complete weeks
    expect(metric(health(b), "regularity").sample).toBe(2);
    b.setCreatedAt(new Date(Date.UTC(2026, 10, 9) + 1));
    expect(metric(health(b), "regularity").sample).toBe(1);
  });

  it("regularity: a week counts with QMs from 2 authors; a week ending exactly now is complete", () => {
    const monday = new Date(Date.UTC(2026, 10, 23));
    const b = new GroupBuilder({ now: monday, ageDays: 7 });
    b.thread("m1", at(3 * DAY, monday), b.text(8));
    const one = metric(health(b, monday), "regularity");
    expect(one).toMatchObject({ value: 0, sample: 1, provisional: true });
    b.thread("m2", at(1, monday), b.text(8)); // Sunday 23:59:59.999
    const two = metric(health(b, monday), "regularity");
    expect(two).toMatchObject({ value: 1, sample: 1 });
    // shrunk toward 50 with one week
    expect(two.score).toBeCloseTo((100 * ((1 + 2.125) / 6)) / 0.85, 10);
  });

  it("regularity: 13 of 13 good weeks stays just under 100 (shrinkage)", () => {
    const b = new GroupBuilder();
    for (let k = 0; k < 13; k++) {
      b.thread("m1", daysAgo(3 + 7 * k), b.text(8));
      b.thread("m2", daysAgo(3 + 7 * k), b.text(8));
    }
    expect(metric(health(b), "regularity").score).toBeCloseTo((100 * (15.125 / 18)) / 0.85, 10);
  });

  it("responsiveness: threads older than 24 h, answered within 48 h inclusive, by another member", () => {
    const b = new GroupBuilder({ members: 3 });
    b.thread("m1", hoursAgo(24), b.text(8)); // exactly 24 h: too young
    expect(metric(health(b), "responsiveness")).toMatchObject({ score: null, value: null, sample: 0 });
    expect(metric(health(b), "responsiveness").explanation).toBe(
      "No thread opened in the last 30 days by a qualifying message is older than 24 h.",
    );
    const onTime = b.thread("m1", daysAgo(5), b.text(8));
    b.reply(onTime.postId, "m2", at(5 * DAY - 48 * HOUR), b.text(8)); // exactly 48 h later
    const late = b.thread("m1", daysAgo(5), b.text(8));
    b.reply(late.postId, "m2", at(5 * DAY - 48 * HOUR - 1), b.text(8)); // 48 h + 1 ms
    const self = b.thread("m1", daysAgo(4), b.text(8));
    b.reply(self.postId, "m1", daysAgo(3.9), b.text(8)); // the opener answering himself
    const short = b.thread("m1", daysAgo(4), b.text(8));
    b.reply(short.postId, "m2", daysAgo(3.9), "ok thanks"); // not a QM
    const r = metric(health(b), "responsiveness");
    expect(r).toMatchObject({ value: 1 / 4, sample: 4, provisional: true });
    expect(r.score).toBeCloseTo((100 * ((1 + 2.25) / 9)) / 0.9, 10);
    expect(r.explanation).toContain("median first reply 48.0 h");
  });

  it("responsiveness: threads opened by a non-QM are not in the sample; target reached scores 100", () => {
    const b = new GroupBuilder({ members: 2 });
    b.thread("m1", daysAgo(3), "too short");
    for (let i = 0; i < 50; i++) {
      const t = b.thread("m1", daysAgo(2 + i / 2), b.text(8));
      b.reply(t.postId, "m2", at((2 + i / 2) * DAY - HOUR), b.text(8));
    }
    const r = metric(health(b), "responsiveness");
    expect(r).toMatchObject({ value: 1, sample: 50, score: 100, provisional: false });
    expect(r.explanation).toBe("50 of 50 new threads got a reply from another member within 48 h (median first reply 1.0 h).");
  });

  it("responsiveness: a reply deeper in the thread counts, as long as it is by someone else", () => {
    const b = new GroupBuilder({ members: 3 });
    const t = b.thread("m1", daysAgo(5), b.text(8));
    const own = b.reply(t.postId, "m1", daysAgo(4.9), b.text(8));
    b.reply(own, "m3", daysAgo(4.5), b.text(8));
    expect(metric(health(b), "responsiveness")).toMatchObject({ value: 1, sample: 1 });
    expect(metric(health(b), "responsiveness").explanation).toContain("median first reply 12.0 h");
  });

  it("engagement: members who wrote or reacted to someone else's post", () => {
    const b = new GroupBuilder({ members: 5 });
    const t = b.thread("m1", daysAgo(2), b.text(8));
    b.react(t.postId, "m1", daysAgo(1)); // own post: no
    b.react(t.postId, "m2", daysAgo(1)); // yes
    b.react(t.postId, "stranger", daysAgo(1)); // not a member: no
    b.react(t.postId, "m3", daysAgo(31)); // too old: no
    const e = metric(health(b), "engagement");
    expect(e).toMatchObject({ value: 2 / 5, sample: 5, score: 100 });
    const none = metric(health(new GroupBuilder({ members: 5 })), "engagement");
    expect(none).toMatchObject({ value: 0, sample: 5 });
    expect(none.score).toBeCloseTo((100 * (0.625 / 10)) / 0.25, 10);
    expect(metric(health(new GroupBuilder({ members: [] })), "engagement").score).toBeNull();
  });

  it("retention: writers of 30–60 days ago who wrote again", () => {
    const b = new GroupBuilder({ members: 3 });
    expect(metric(health(b), "retention")).toMatchObject({ score: null, sample: 0 });
    b.thread("m1", daysAgo(30), b.text(8)); // exactly 30 days: previous window
    b.thread("m2", daysAgo(59), b.text(8));
    b.thread("m3", daysAgo(60), b.text(8)); // exactly 60 days: outside both
    b.thread("m1", daysAgo(1), b.text(8));
    const r = metric(health(b), "retention");
    expect(r).toMatchObject({ value: 0.5, sample: 2, provisional: true });
    expect(r.score).toBeCloseTo((100 * (2.5 / 7)) / 0.6, 10);
  });
});

describe("B. content richness", () => {
  it("substance and lexical diversity are not applicable without QMs", () => {
    const r = health(new GroupBuilder());
    for (const k of ["substance", "lexicalDiversity", "depth", "reciprocity"]) {
      expect(metric(r, k)).toMatchObject({ score: null, value: null, sample: 0, contribution: 0, provisional: false });
    }
    expect(dimension(r, "richness").score).toBe(0);
  });

  it("substance: ≥ 40 words or an artefact", () => {
    const b = new GroupBuilder();
    b.thread("m1", daysAgo(1), b.text(40));
    b.thread("m1", daysAgo(1), b.text(39));
    b.thread("m2", daysAgo(1), b.text(6) + "\n\n![plan](https://example.org/plan.png)");
    b.thread("m2", daysAgo(1), b.text(6));
    const s = metric(health(b), "substance");
    expect(s).toMatchObject({ value: 0.5, sample: 4, provisional: true });
    expect(s.score).toBeCloseTo((100 * ((2 + 1.25) / 9)) / 0.5, 10);
  });

  it("lexical diversity: median MATTR of QMs with ≥ 50 tokens, provisional under 5", () => {
    const b = new GroupBuilder();
    b.thread("m1", daysAgo(1), b.text(49)); // too short: not in the sample
    const repeat = (types: number, n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i % types}`).join(" ");
    b.thread("m1", daysAgo(1), repeat(25, 50, "a")); // MATTR 0.5
    b.thread("m2", daysAgo(1), repeat(40, 50, "b")); // 0.8
    b.thread("m3", daysAgo(1), repeat(50, 50, "c")); // 1.0
    const l = metric(health(b), "lexicalDiversity");
    expect(l).toMatchObject({ value: 0.8, sample: 3, provisional: true });
    expect(l.score).toBeCloseTo((100 * 0.3) / 0.35, 10);
  });

  it("depth: 3 authors and a reply to a reply, both required", () => {
    const b = new GroupBuilder({ members: 3 });
    const deep = b.thread("m1", daysAgo(5), b.text(8));
    const d1 = b.reply(deep.postId, "m2", daysAgo(4), b.text(8));
    b.reply(d1, "m3", daysAgo(3), b.text(8));
    const flat = b.thread("m1", daysAgo(5), b.text(8)); // 3 authors, all answering the opener
    b.reply(flat.postId, "m2", daysAgo(4), b.text(8));
    b.reply(flat.postId, "m3", daysAgo(4), b.text(8));
    const pair = b.thread("m1", daysAgo(5), b.text(8)); // depth 2, only 2 authors
    const p1 = b.reply(pair.postId, "m2", daysAgo(4), b.text(8));
    b.reply(p1, "m1", daysAgo(3), b.text(8));
    const old = b.thread("m1", daysAgo(40), b.text(8)); // replies outside W: not in the sample
    b.reply(old.postId, "m2", daysAgo(39), b.text(8));
    const d = metric(health(b), "depth");
    expect(d).toMatchObject({ value: 1 / 3, sample: 3, provisional: true });
    expect(d.score).toBeCloseTo((100 * (2.25 / 8)) / 0.5, 10);
  });

  it("reciprocity: pairs who answered each other both ways", () => {
    const b = new GroupBuilder({ members: 3 });
    const t = b.thread("m1", daysAgo(5), b.text(8));
    const a = b.reply(t.postId, "m2", daysAgo(4), b.text(8)); // m2 → m1
    b.reply(a, "m1", daysAgo(3), b.text(8)); // m1 → m2: mutual
    b.reply(t.postId, "m3", daysAgo(3), b.text(8)); // m3 → m1 only
    b.reply(t.postId, "m1", daysAgo(3), b.text(8)); // answering oneself: no pair
    const r = metric(health(b), "reciprocity");
    expect(r).toMatchObject({ value: 0.5, sample: 2, provisional: true });
    expect(r.score).toBeCloseTo((100 * (2 / 7)) / 0.4, 10);
  });
});

describe("C. offline meetups", () => {
  const three = ["m1", "m2", "m3"];

  it("without meetups: cadence and organizers 0, reach and follow-through not applicable", () => {
    const r = health(new GroupBuilder());
    expect(metric(r, "cadence")).toMatchObject({ score: 0, value: 0, sample: 0 });
    expect(metric(r, "cadence").explanation).toBe("No meetup was held in the last 90 days.");
    expect(metric(r, "reach")).toMatchObject({ score: null, value: null });
    expect(metric(r, "followThrough")).toMatchObject({ score: null, value: null });
    expect(metric(r, "organizers")).toMatchObject({ score: 0, value: 0 });
    expect(dimension(r, "meetups").score).toBe(0);
  });

  it("cadence: held counts 1, half-held 0.5, decayed; cancelled, future and 90-day-old ones 0", () => {
    const b = new GroupBuilder({ members: 4 });
    b.meetup({ startsAt: NOW, checkedInIds: three }); // weight 1
    b.meetup({ startsAt: daysAgo(45), checkedInIds: ["m1", "m2"], goingIds: three }); // half-held: 0.5 × 0.5
    b.meetup({ startsAt: daysAgo(10), checkedInIds: ["m1"], goingIds: ["m1", "m2"] }); // neither
    b.meetup({ startsAt: daysAgo(10), checkedInIds: three, cancelled: true });
    b.meetup({ startsAt: daysAgo(90), checkedInIds: three }); // exactly W: outside
    b.meetup({ startsAt: daysAgo(10), checkedInIds: ["m1", "m2", "gone"] }); // 2 members checked in
    const c = metric(health(b), "cadence");
    expect(c.value).toBeCloseTo(1 + 0.25, 12);
    expect(c.sample).toBe(2);
    expect(c.provisional).toBe(false); // count-like metrics are never provisional
    expect(c.score).toBeCloseTo(100 * (1 - Math.exp(-1.25)), 10);
  });

  it("reach: attendees over QM writers, capped at 1; not applicable without writers", () => {
    const b = new GroupBuilder({ members: 5 });
    b.meetup({ startsAt: daysAgo(10), checkedInIds: ["m1", "m2", "m3", "m4", "m5"] });
    expect(metric(health(b), "reach")).toMatchObject({ score: null });
    expect(metric(health(b), "reach").explanation).toBe("No member wrote a qualifying message in the last 90 days.");
    b.thread("m1", daysAgo(80), b.text(8));
    b.thread("m2", daysAgo(2), b.text(8));
    const r = metric(health(b), "reach");
    expect(r).toMatchObject({ value: 1, sample: 2, provisional: true });
    expect(r.score).toBeCloseTo((100 * (3.25 / 7)) / 0.5, 10);
  });

  it("follow-through: a linked thread where 2 attendees wrote within 14 days; young meetups wait", () => {
    const b = new GroupBuilder({ members: 4 });
    const followed = b.thread("m1", daysAgo(30), b.text(8));
    b.reply(followed.postId, "m2", daysAgo(16), b.text(8)); // exactly 14 days after the start
    const late = b.thread("m1", daysAgo(30), b.text(8));
    b.reply(late.postId, "m2", at(16 * DAY - 1), b.text(8)); // 14 days + 1 ms
    const outsider = b.thread("m1", daysAgo(30), b.text(8));
    b.reply(outsider.postId, "m4", daysAgo(29), b.text(8)); // m4 did not check in
    b.meetup({ startsAt: daysAgo(30), checkedInIds: three, linkedThreadIds: [followed.threadId] });
    b.meetup({ startsAt: daysAgo(30), checkedInIds: three, linkedThreadIds: [late.threadId, outsider.threadId] });
    b.meetup({ startsAt: daysAgo(3), checkedInIds: three }); // < 14 days, not followed: waits
    const f = metric(health(b), "followThrough");
    expect(f).toMatchObject({ value: 0.5, sample: 2, provisional: true });
    expect(f.score).toBeCloseTo((100 * ((1 + 1.25) / 7)) / 0.5, 10);
    const young = new GroupBuilder({ members: 3 });
    young.meetup({ startsAt: daysAgo(3), checkedInIds: three });
    young.meetup({ startsAt: daysAgo(14), checkedInIds: three }); // exactly 14 days: still waits
    expect(metric(health(young), "followThrough")).toMatchObject({ score: null, sample: 0 });
    expect(metric(health(young), "followThrough").explanation).toContain("under 14 days old");
    young.meetup({ startsAt: at(14 * DAY + 1), checkedInIds: three });
    expect(metric(health(young), "followThrough")).toMatchObject({ value: 0, sample: 1 });
  });

  it("organizers: of held, half-held and upcoming meetups, 2 score 100", () => {
    const b = new GroupBuilder({ members: 5 });
    b.meetup({ startsAt: daysAgo(-89), organizerIds: ["m1"] });
    expect(metric(health(b), "organizers")).toMatchObject({ value: 1, score: 50 });
    b.meetup({ startsAt: daysAgo(-91), organizerIds: ["m2"] }); // beyond the next 90 days
    b.meetup({ startsAt: daysAgo(-5), organizerIds: ["m3"], cancelled: true });
    b.meetup({ startsAt: daysAgo(5), organizerIds: ["m4"], checkedInIds: ["m1"] }); // not held
    expect(metric(health(b), "organizers")).toMatchObject({ value: 1, score: 50 });
    b.meetup({ startsAt: daysAgo(5), organizerIds: ["m4", "m5"], goingIds: three }); // half-held
    expect(metric(health(b), "organizers")).toMatchObject({ value: 3, score: 100, target: 2, provisional: false });
  });
});

describe("D. collaborative projects", () => {
  const u = (authorId: string, days: number) => ({ authorId, createdAt: daysAgo(days) });

  it("live: active or completed in the window, ≥ 2 member contributors, an update in the window", () => {
    const b = new GroupBuilder({ members: 3 });
    b.project({ contributorIds: ["m1", "m2"], updates: [u("m1", 5)] }); // live
    b.project({ status: "completed", completedAt: daysAgo(10), contributorIds: ["m1", "m2"], updates: [u("m1", 20)] }); // live
    b.project({ status: "completed", completedAt: daysAgo(95), contributorIds: ["m1", "m2"], updates: [u("m1", 20)] });
    b.project({ status: "proposed", contributorIds: ["m1", "m2"], updates: [u("m1", 5)] });
    b.project({ status: "archived", contributorIds: ["m1", "m2"], updates: [u("m1", 5)] });
    b.project({ contributorIds: ["m1", "gone"], updates: [u("m1", 5)] });
    b.project({ contributorIds: ["m1", "m2"], updates: [u("m1", 90)] }); // update exactly 90 days ago
    b.project({ contributorIds: ["m1", "m2"], updates: [u("gone", 5)] }); // update by a non-member
    b.project({ status: "completed", completedAt: null, contributorIds: ["m1", "m2"], updates: [u("m1", 5)] }); // no date
    expect(metric(health(b), "liveProjects")).toMatchObject({ value: 2, sample: 2 });
    expect(metric(health(b), "liveProjects").score).toBeCloseTo(100 * (1 - Math.exp(-2)), 10);
  });

  it("without live projects: liveProjects 0, the proportions not applicable, D = 0", () => {
    const r = health(new GroupBuilder());
    expect(metric(r, "liveProjects")).toMatchObject({ score: 0, value: 0 });
    for (const k of ["teamBreadth", "spawnedFromDiscussion", "continuity"]) expect(metric(r, k).score).toBeNull();
    expect(dimension(r, "projects").score).toBe(0);
  });

  it("team breadth: contributors over QM writers, capped at 1", () => {
    const b = new GroupBuilder({ members: 4 });
    b.project({ contributorIds: ["m1", "m2", "m3"], updates: [u("m1", 5)] });
    expect(metric(health(b), "teamBreadth")).toMatchObject({ score: null });
    b.thread("m4", daysAgo(3), b.text(8));
    const t = metric(health(b), "teamBreadth");
    // 3 contributors for 1 writer: capped at 1, then shrunk (one writer is a thin sample).
    expect(t).toMatchObject({ value: 1, sample: 1, provisional: true });
    expect(t.score).toBeCloseTo((100 * ((1 + 0.75) / 6)) / 0.3, 10);
  });

  it("spawned from discussion: the source thread must be a thread of the group", () => {
    const b = new GroupBuilder({ members: 2 });
    const t = b.thread("m1", daysAgo(40), b.text(8));
    b.project({ sourceThreadId: t.threadId, contributorIds: ["m1", "m2"], updates: [u("m1", 5)] });
    b.project({ sourceThreadId: "elsewhere", contributorIds: ["m1", "m2"], updates: [u("m1", 5)] });
    const s = metric(health(b), "spawnedFromDiscussion");
    expect(s).toMatchObject({ value: 0.5, sample: 2, score: 50, provisional: true });
  });

  it("continuity: projects live 90–180 days ago that are live or completed since", () => {
    const b = new GroupBuilder({ members: 2 });
    const pair = ["m1", "m2"];
    b.project({ contributorIds: pair, updates: [u("m1", 100), u("m1", 10)] }); // still live
    b.project({ status: "completed", completedAt: daysAgo(30), contributorIds: pair, updates: [u("m1", 100)] }); // completed in W
    b.project({ contributorIds: pair, updates: [u("m1", 100)] }); // went quiet
    b.project({ contributorIds: pair, updates: [u("m1", 180)] }); // exactly 180 days: not in the previous window
    const c = metric(health(b), "continuity");
    expect(c).toMatchObject({ value: 2 / 3, sample: 3, provisional: true });
    expect(c.score).toBeCloseTo((100 * ((2 + 1.75) / 8)) / 0.7, 10);
  });

  it("a completion after `now` is seen as active at `now`", () => {
    const b = new GroupBuilder({ members: 2 });
    b.project({ status: "completed", completedAt: daysAgo(-5), contributorIds: ["m1", "m2"], updates: [u("m1", 3)] });
    expect(metric(health(b), "liveProjects").value).toBe(1);
  });
});

describe("boundaries: target reached, and provisional under 5", () => {
  // A proportion scores 100 once its shrunk value (x + 5 · target/2) / (n + 5) reaches the
  // target; a raw value exactly at the target stays below 100 (shrinkage, decision 002 §21).
  // Samples of 5 are the first that are not provisional.

  it("retention: 8 of 10 writers stayed scores 100; exactly the target (6 of 10) scores 83.3", () => {
    const make = (stayed: number) => {
      const b = new GroupBuilder({ members: 10 });
      for (let i = 1; i <= 10; i++) b.thread(`m${i}`, daysAgo(40), b.text(8));
      for (let i = 1; i <= stayed; i++) b.thread(`m${i}`, daysAgo(5), b.text(8));
      return metric(health(b), "retention");
    };
    const reached = make(8);
    expect(reached).toMatchObject({ value: 0.8, sample: 10, score: 100, target: 0.6, provisional: false });
    expect(reached.explanation).toBe("8 of the 10 members who wrote 30 to 60 days ago wrote again in the last 30 days.");
    const atTarget = make(6);
    expect(atTarget).toMatchObject({ value: 0.6, sample: 10, provisional: false });
    expect(atTarget.score).toBeCloseTo((100 * (7.5 / 15)) / 0.6, 10);
    // The sentence says why a value at its target is not 100.
    expect(atTarget.explanation).toBe(
      "6 of the 10 members who wrote 30 to 60 days ago wrote again in the last 30 days (a sample of 10 is weighed toward the middle: 83 rather than 100).",
    );
    // And why nothing at all is not 0.
    expect(make(0).explanation).toBe("0 of the 10 members who wrote 30 to 60 days ago wrote again in the last 30 days (a sample of 10 is weighed toward the middle: 16 rather than 0).");
  });

  it("substance: 8 of 10 substantive QMs scores 100; exactly the target (5 of 10) scores 83.3", () => {
    const make = (substantive: number) => {
      const b = new GroupBuilder({ members: 5 });
      for (let i = 0; i < 10; i++) b.thread(`m${(i % 5) + 1}`, daysAgo(1 + i), b.text(i < substantive ? 40 : 8));
      return metric(health(b), "substance");
    };
    expect(make(8)).toMatchObject({ value: 0.8, sample: 10, score: 100, target: 0.5, provisional: false });
    const atTarget = make(5);
    expect(atTarget).toMatchObject({ value: 0.5, sample: 10 });
    expect(atTarget.score).toBeCloseTo((100 * (6.25 / 15)) / 0.5, 10);
  });

  it("lexical diversity: a median MATTR at the 0.85 ceiling scores 100; 5 long QMs are not provisional", () => {
    const b = new GroupBuilder({ members: 5 });
    for (let i = 1; i <= 4; i++) b.thread(`m${i}`, daysAgo(i), distinctWords(50, `w${i}x`));
    expect(metric(health(b), "lexicalDiversity")).toMatchObject({ value: 1, sample: 4, score: 100, provisional: true });
    b.thread("m5", daysAgo(5), distinctWords(50, "w5x"));
    expect(metric(health(b), "lexicalDiversity")).toMatchObject({ value: 1, sample: 5, score: 100, provisional: false });
  });

  it("depth: 5 deep threads of 6 scores 100, not provisional", () => {
    const b = new GroupBuilder({ members: 3 });
    for (let i = 0; i < 5; i++) {
      const t = b.thread("m1", daysAgo(10 + i), b.text(8));
      const r = b.reply(t.postId, "m2", daysAgo(9.5 + i), b.text(8));
      b.reply(r, "m3", daysAgo(9 + i), b.text(8));
    }
    const flat = b.thread("m1", daysAgo(3), b.text(8));
    b.reply(flat.postId, "m2", daysAgo(2), b.text(8));
    const d = metric(health(b), "depth");
    expect(d).toMatchObject({ value: 5 / 6, sample: 6, score: 100, target: 0.5, provisional: false });
    expect(d.explanation).toBe("5 of 6 threads with replies in the last 30 days reached 3 authors and a reply to a reply.");
  });

  it("reciprocity: every pair mutual scores 100; 4 pairs are provisional, 5 are not", () => {
    const make = (members: number) => {
      const b = new GroupBuilder({ members });
      const t = b.thread("m1", daysAgo(10), b.text(8));
      for (let k = 2; k <= members; k++) {
        const answer = b.reply(t.postId, `m${k}`, daysAgo(9), b.text(8)); // m_k → m1
        b.reply(answer, "m1", daysAgo(8), b.text(8)); // m1 → m_k
      }
      return metric(health(b), "reciprocity");
    };
    expect(make(5)).toMatchObject({ value: 1, sample: 4, score: 100, provisional: true });
    expect(make(5).explanation).toBe(
      "4 of 4 member pairs linked by a reply in the last 30 days answered each other both ways (provisional: small sample).",
    );
    expect(make(6)).toMatchObject({ value: 1, sample: 5, score: 100, target: 0.4, provisional: false });
  });

  it("follow-through: every held meetup followed through scores 100; 4 are provisional, 5 are not", () => {
    const make = (count: number) => {
      const b = new GroupBuilder({ members: 3 });
      for (let i = 0; i < count; i++) {
        const start = 20 + 5 * i;
        const t = b.thread("m1", daysAgo(start - 1), b.text(8));
        b.reply(t.postId, "m2", daysAgo(start - 2), b.text(8));
        b.meetup({ startsAt: daysAgo(start), checkedInIds: ["m1", "m2", "m3"], linkedThreadIds: [t.threadId] });
      }
      return metric(health(b), "followThrough");
    };
    const four = make(4);
    expect(four).toMatchObject({ value: 1, sample: 4, score: 100, provisional: true });
    expect(four.explanation).toBe(
      "4 of 4 held meetups led to a linked discussion where at least 2 attendees wrote within 14 days (provisional: small sample).",
    );
    expect(make(5)).toMatchObject({ value: 1, sample: 5, score: 100, target: 0.5, provisional: false });
  });

  it("spawned from discussion: the target 1.0 is reached by the value, but the score only nears 100", () => {
    // p0 = target / 2 = 0.5, so the shrunk share (n + 2.5) / (n + 5) stays under 1 for every n:
    // with all live projects born from threads, 5 projects score 75 and 50 score 95.5 (decision 002 §22).
    const make = (count: number) => {
      const b = new GroupBuilder({ members: 2 });
      for (let i = 0; i < count; i++) {
        const t = b.thread(`m${(i % 2) + 1}`, daysAgo(60 + (i % 20)), b.text(8));
        b.project({ sourceThreadId: t.threadId, contributorIds: ["m1", "m2"], updates: [{ authorId: "m1", createdAt: daysAgo(5) }] });
      }
      return metric(health(b), "spawnedFromDiscussion");
    };
    expect(make(4)).toMatchObject({ value: 1, sample: 4, provisional: true });
    expect(make(4).score).toBeCloseTo((100 * 6.5) / 9, 10);
    expect(make(5)).toMatchObject({ value: 1, sample: 5, target: 1, score: 75, provisional: false });
    const many = make(50);
    expect(many).toMatchObject({ value: 1, sample: 50 });
    expect(many.score).toBeCloseTo((100 * 52.5) / 55, 10);
    expect(many.explanation).toBe("50 of 50 live projects started from a discussion of the group.");
  });

  it("continuity: 6 of 6 projects carried on scores 100; 5 of 5 still shrinks to 96.4; 4 are provisional", () => {
    const make = (count: number) => {
      const b = new GroupBuilder({ members: 2 });
      for (let i = 0; i < count; i++) {
        b.project({ contributorIds: ["m1", "m2"], updates: [{ authorId: "m1", createdAt: daysAgo(100 + i) }, { authorId: "m2", createdAt: daysAgo(10 + i) }] });
      }
      return metric(health(b), "continuity");
    };
    expect(make(6)).toMatchObject({ value: 1, sample: 6, score: 100, target: 0.7, provisional: false });
    const five = make(5);
    expect(five).toMatchObject({ value: 1, sample: 5, provisional: false });
    expect(five.score).toBeCloseTo((100 * (6.75 / 10)) / 0.7, 10);
    const four = make(4);
    expect(four).toMatchObject({ value: 1, sample: 4, provisional: true });
    expect(four.explanation).toBe("4 of 4 projects live 90 to 180 days ago are still live or were completed since (provisional: small sample).");
  });
});

describe("explanations read as one sentence", () => {
  /** `count` threads by m1 opened days ago, the first `answered` of them answered by m2 after 3 h. */
  const responsiveness = (count: number, answered: number) => {
    const b = new GroupBuilder({ members: 2 });
    for (let i = 0; i < count; i++) {
      const t = b.thread("m1", daysAgo(3 + i / 4), b.text(8));
      if (i < answered) b.reply(t.postId, "m2", at((3 + i / 4) * DAY - 3 * HOUR), b.text(8));
    }
    return metric(health(b), "responsiveness").explanation;
  };

  it("responsiveness: 'none has a reply yet' is part of the sentence; the notes share one parenthesis", () => {
    expect(responsiveness(5, 0)).toBe("0 of 5 new threads got a reply from another member within 48 h, and none has a reply yet (a sample of 5 is weighed toward the middle: 25 rather than 0).");
    expect(responsiveness(1, 0)).toBe("0 of 1 new thread got a reply from another member within 48 h, and it has no reply yet (provisional: small sample).");
    expect(responsiveness(8, 1)).toBe("1 of 8 new threads got a reply from another member within 48 h (median first reply 3.0 h; a sample of 8 is weighed toward the middle: 27 rather than 13).");
    for (const text of [responsiveness(5, 0), responsiveness(1, 0), responsiveness(8, 1), responsiveness(2, 1)]) expect(text).not.toMatch(/\) \(/);
  });

  it("continuity: the verb agrees with one project", () => {
    const b = new GroupBuilder({ members: 2 });
    // Live 90 to 180 days ago (two contributors, an update then), nothing since.
    b.project({ contributorIds: ["m1", "m2"], updates: [{ authorId: "m1", createdAt: daysAgo(120) }] });
    expect(metric(health(b), "continuity").explanation).toBe("0 of 1 project live 90 to 180 days ago is still live or was completed since (provisional: small sample).");
  });
});

describe("combination", () => {
  it("scales meetups and projects weights by age / 90 for a young group", () => {
    const b = new GroupBuilder({ ageDays: 45 });
    b.thread("m1", daysAgo(1), b.text(50));
    const r = health(b);
    expect(r.dimensions.map((d) => d.weight)).toEqual([0.35, 0.3, 0.1, 0.075]);
    const sum = 0.35 + 0.3 + 0.1 + 0.075;
    const expected = r.dimensions.reduce((acc, d) => acc + (d.weight / sum) * d.score, 0);
    expect(r.overall).toBeCloseTo(expected, 12);
    const born = health(new GroupBuilder({ ageDays: 0 }));
    expect(born.dimensions.map((d) => d.weight)).toEqual([0.35, 0.3, 0, 0]);
    expect(metric(born, "cadence").contribution).toBe(0);
    expect(health(new GroupBuilder({ ageDays: 90 })).dimensions.map((d) => d.weight)).toEqual([0.35, 0.3, 0.2, 0.15]);
  });

  it("a young group without meetups is not punished for them", () => {
    const make = (ageDays: number) => {
      const b = new GroupBuilder({ ageDays, members: 3 });
      for (let i = 0; i < 9; i++) b.thread(`m${(i % 3) + 1}`, daysAgo(i / 2), b.text(45));
      return health(b).overall;
    };
    expect(make(10)).toBeGreaterThan(make(200));
  });

  it("is provisional under 5 QMs in 30 days", () => {
    const b = new GroupBuilder();
    for (let i = 0; i < 4; i++) b.thread("m1", daysAgo(i + 1), b.text(8));
    expect(health(b).provisional).toBe(true);
    b.thread("m2", daysAgo(1), b.text(8));
    expect(health(b).provisional).toBe(false);
  });

  it("labels every metric", () => {
    const r = health(new GroupBuilder());
    expect(r.dimensions.flatMap((d) => d.metrics.map((m) => m.label))).toEqual([
      "Message frequency", "Regularity", "Responsiveness", "Engagement", "Retention",
      "Substance", "Lexical diversity", "Discussion depth", "Reciprocity",
      "Meetup cadence", "Meetup reach", "Follow-through", "Organizers",
      "Live projects", "Team breadth", "Spawned from discussion", "Continuity",
    ]);
    for (const m of r.dimensions.flatMap((d) => d.metrics)) expect(m.explanation).toMatch(/^[A-Z0-9].*\.$/);
  });
});
