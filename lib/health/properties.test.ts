// The nine properties the contract (docs/health-model.md) requires the engine to prove.

import { describe, expect, it } from "vitest";
import { analyzePost } from "./analyze-post";
import { computeGroupHealth } from "./compute";
import { METRIC_TARGETS } from "./constants";
import { prepare } from "./qualify";
import { proportionScore } from "./scoring";
import { generateSyntheticActivity } from "./synthetic";
import { DAY, HOUR, NOW, at, daysAgo, dimension, features, GroupBuilder, metric, uniqueText } from "./test-helpers";
import type { GroupActivity, HealthReport, PostFeatures } from "./types";

const health = (a: GroupActivity, now = NOW) => computeGroupHealth(a, now);
const synthetic = (seed: number, extra: Partial<Parameters<typeof generateSyntheticActivity>[0]> = {}) =>
  generateSyntheticActivity({ seed, now: NOW, members: 40, threads: 80, posts: 900, olderPosts: 600, historyDays: 200, bodyPool: 120, meetups: 8, projects: 6, ...extra });

/** A small, lively base group: 5 members, 30 days of threads and replies. */
function lively(): GroupBuilder {
  const b = new GroupBuilder({ members: 5 });
  for (let i = 0; i < 10; i++) {
    const author = `m${(i % 5) + 1}`;
    const t = b.thread(author, daysAgo(28 - i * 2.5), b.text(20));
    const r = b.reply(t.postId, `m${((i + 1) % 5) + 1}`, daysAgo(27.5 - i * 2.5), b.text(30));
    b.reply(r, `m${((i + 2) % 5) + 1}`, daysAgo(27 - i * 2.5), b.text(45));
  }
  return b;
}

describe("property 1 — deterministic", () => {
  it("gives the same report for the same activity and now, whatever the input order", () => {
    const a = synthetic(1);
    const first = health(a);
    expect(health(a)).toEqual(first);
    const shuffled: GroupActivity = {
      ...a,
      memberIds: [...a.memberIds].reverse(),
      threads: [...a.threads].reverse(),
      posts: [...a.posts].reverse(),
      reactions: [...a.reactions].reverse(),
      meetups: [...a.meetups].reverse(),
      projects: [...a.projects].reverse(),
    };
    expect(health(shuffled)).toEqual(first);
    expect(first.overall).toBeGreaterThan(0);
  });

  it("does not mutate its input", () => {
    const a = synthetic(2);
    const copy = structuredClone(a);
    health(a);
    expect(a).toEqual(copy);
  });
});

describe("property 2 — spam-proof", () => {
  const longPost = uniqueText(4242, 120);

  /** The report, and how many of m1's posts in the thread the engine took in (those created by `now`). */
  function variant(build: (b: GroupBuilder, thread: { threadId: string; postId: string }) => void): { report: HealthReport; fed: number } {
    const b = lively();
    const t = b.thread("m2", daysAgo(6), b.text(20));
    build(b, t);
    const activity = b.build();
    const fed = prepare(activity, NOW.getTime()).posts.filter((p) => p.threadId === t.threadId && p.authorId === "m1").length;
    return { report: health(activity), fed };
  }
  /** The 200 posts, 30 minutes apart from 5 days ago: all within 7 days, all before now. */
  const spamAt = (i: number) => at(5 * DAY - i * 30 * 60_000);

  const once = variant((b, t) => b.reply(t.postId, "m1", daysAgo(5), longPost)).report;
  const oneWordOnce = variant((b, t) => b.reply(t.postId, "m1", daysAgo(5), "+1")).report;

  const check = (spam: HealthReport, reference: HealthReport) => {
    for (const key of ["activity", "richness"] as const) {
      expect(dimension(spam, key).score, key).toBeLessThanOrEqual(dimension(reference, key).score + 1e-9);
    }
  };

  it("200 one-word posts raise nothing more than one", () => {
    const { report: spam, fed } = variant((b, t) => {
      for (let i = 0; i < 200; i++) b.reply(t.postId, "m1", spamAt(i), "+1");
    });
    expect(fed).toBe(200);
    check(spam, oneWordOnce);
  });

  it("200 exact copies within 7 days raise nothing more than the post once", () => {
    const { report: spam, fed } = variant((b, t) => {
      let parent = t.postId;
      for (let i = 0; i < 200; i++) parent = b.reply(i % 2 ? parent : t.postId, "m1", spamAt(i), longPost);
    });
    expect(fed).toBe(200);
    check(spam, once);
  });

  it("200 near-copies (one word changed each) within 7 days raise nothing more than the post once", () => {
    const words = longPost.split(" ");
    const { report: spam, fed } = variant((b, t) => {
      for (let i = 0; i < 200; i++) {
        const w = [...words];
        if (i > 0) w[i % w.length] = `variant${i}`;
        b.reply(t.postId, "m1", spamAt(i), w.join(" "));
      }
    });
    expect(fed).toBe(200);
    check(spam, once);
  });
});

describe("property 3 — monologue-proof", () => {
  it("one author's 100 long QMs get at most a third of the frequency value of five equal authors", () => {
    const solo = new GroupBuilder({ members: 5 });
    const five = new GroupBuilder({ members: 5 });
    for (let i = 0; i < 100; i++) {
      const when = at(i * 0.29 * DAY + HOUR);
      const body = uniqueText(10_000 + i, 60);
      solo.thread("m1", when, body);
      five.thread(`m${(i % 5) + 1}`, when, body);
    }
    const s = metric(health(solo.build()), "frequency");
    const f = metric(health(five.build()), "frequency");
    expect(s.sample).toBe(100);
    expect(f.sample).toBe(100);
    expect(s.value as number).toBeLessThanOrEqual((f.value as number) / 3 + 1e-12);
    expect(s.value as number).toBeGreaterThan(0);
  });
});

describe("property 4 — size-fair", () => {
  /** n members in a ring: each opens a thread a week, the next answers, the one after answers that. */
  function ring(n: number): GroupActivity {
    const pool: PostFeatures[] = Array.from({ length: 97 }, (_, i) => features(uniqueText(50_000 + i, i % 2 ? 45 : 15)));
    let k = 0;
    const body = () => pool[k++ % pool.length] as PostFeatures;
    const memberIds = Array.from({ length: n }, (_, i) => `u${i}`);
    const activity: GroupActivity = {
      groupId: `ring${n}`,
      createdAt: daysAgo(400),
      memberIds,
      threads: [],
      posts: [],
      reactions: [],
      meetups: [],
      projects: [],
    };
    let seq = 0;
    const post = (threadId: string, authorId: string, parentId: string | null, t: number) => {
      const id = `p${++seq}`;
      activity.posts.push({ id, threadId, authorId, parentId, createdAt: new Date(t), visible: true, features: body() });
      return id;
    };
    for (let i = 0; i < n; i++) {
      for (let week = 0; week < 9; week++) {
        const t0 = NOW.getTime() - (week * 7 + (i % 7) + 1) * DAY - (i % 24) * HOUR;
        const threadId = `t${i}-${week}`;
        activity.threads.push({ id: threadId, authorId: memberIds[i] as string, createdAt: new Date(t0) });
        const opener = post(threadId, memberIds[i] as string, null, t0);
        const a = post(threadId, memberIds[(i + 1) % n] as string, opener, t0 + 3 * HOUR);
        post(threadId, memberIds[(i + 2) % n] as string, a, t0 + 6 * HOUR);
        post(threadId, memberIds[i] as string, a, t0 + 9 * HOUR);
        activity.reactions.push({ postId: opener, userId: memberIds[(i + 3) % n] as string, createdAt: new Date(t0 + HOUR) });
      }
    }
    return activity;
  }

  it("10 and 1,000 members with the same behaviour score within 10 points on richness and activity's proportions", () => {
    const small = health(ring(10));
    const large = health(ring(1000));
    expect(Math.abs(dimension(small, "richness").score - dimension(large, "richness").score)).toBeLessThanOrEqual(10);
    for (const key of ["regularity", "responsiveness", "engagement", "retention"]) {
      const s = metric(small, key).score as number;
      const l = metric(large, key).score as number;
      expect(Math.abs(s - l), key).toBeLessThanOrEqual(10);
    }
    expect(metric(small, "responsiveness").value).toBe(1);
    expect(metric(large, "engagement").sample).toBe(1000);
  });
});

describe("property 5 — small samples", () => {
  it("a group with fewer than 5 QMs in W is provisional", () => {
    const b = new GroupBuilder();
    for (let i = 0; i < 4; i++) b.thread("m1", daysAgo(i + 1), b.text(10));
    b.thread("m2", daysAgo(40), b.text(10));
    expect(health(b.build()).provisional).toBe(true);
  });

  it("a proportion over n < 5 scores no farther from 50 than the same proportion over 50", () => {
    for (const target of Object.values(METRIC_TARGETS).filter((t) => t <= 1)) {
      for (const p of [0, 0.25, 0.5, 0.75, 1]) {
        const far50 = Math.abs(proportionScore(p * 50, 50, target) - 50);
        for (const n of [1, 2, 3, 4]) {
          expect(Math.abs(proportionScore(p * n, n, target) - 50), `target ${target} p ${p} n ${n}`).toBeLessThanOrEqual(far50 + 1e-9);
        }
      }
    }
  });

  it("holds in the engine: 2 of 2 answered threads vs 50 of 50, 0 of 2 vs 0 of 50", () => {
    const make = (threads: number, answered: boolean) => {
      const b = new GroupBuilder({ members: 2 });
      for (let i = 0; i < threads; i++) {
        const t = b.thread("m1", daysAgo(2 + i / 2), b.text(8));
        if (answered) b.reply(t.postId, "m2", at((2 + i / 2) * DAY - HOUR), b.text(8));
      }
      return metric(health(b.build()), "responsiveness");
    };
    for (const answered of [true, false]) {
      const small = make(2, answered);
      const big = make(50, answered);
      expect(small.provisional).toBe(true);
      expect(big.provisional).toBe(false);
      expect(small.value).toBe(big.value);
      expect(Math.abs((small.score as number) - 50)).toBeLessThan(Math.abs((big.score as number) - 50));
    }
  });

  it("a group with no activity at all is dormant, with richness, meetups and projects at 0", () => {
    const r = health(new GroupBuilder({ members: 12 }).build());
    expect(r.band).toBe("dormant");
    expect(r.provisional).toBe(true);
    expect(dimension(r, "richness").score).toBe(0);
    expect(dimension(r, "meetups").score).toBe(0);
    expect(dimension(r, "projects").score).toBe(0);
  });
});

describe("property 6 — monotone", () => {
  const bases = (): GroupActivity[] => [
    lively().build(),
    synthetic(11),
    synthetic(12, { meetups: 0, projects: 0 }),
    synthetic(13, { groupAgeDays: 40 }),
    new GroupBuilder({ members: 4 }).build(),
  ];

  it("a held, followed-through meetup never lowers an applicable meetups metric", () => {
    for (const base of bases()) {
      const [a, b, c] = base.memberIds as [string, string, string];
      // The follow-up discussion exists in both variants; only the meetup is added.
      const start = NOW.getTime() - 20 * DAY;
      base.threads.push({ id: "debrief", authorId: a, createdAt: new Date(start + DAY) });
      base.posts.push(
        { id: "d1", threadId: "debrief", authorId: a, parentId: null, createdAt: new Date(start + DAY), visible: true, features: features(uniqueText(901, 20)) },
        { id: "d2", threadId: "debrief", authorId: b, parentId: "d1", createdAt: new Date(start + 2 * DAY), visible: true, features: features(uniqueText(902, 20)) },
      );
      const after: GroupActivity = {
        ...base,
        meetups: [
          ...base.meetups,
          { id: "new", organizerIds: [c], startsAt: new Date(start), cancelled: false, goingIds: [a, b, c], checkedInIds: [a, b, c], linkedThreadIds: ["debrief"] },
        ],
      };
      const before = health(base);
      const now = health(after);
      for (const m of dimension(before, "meetups").metrics) {
        const n = metric(now, m.key);
        expect(n.score, `${base.groupId} ${m.key}`).not.toBeNull();
        if (m.score !== null) expect(n.score as number, `${base.groupId} ${m.key}`).toBeGreaterThanOrEqual(m.score - 1e-9);
      }
    }
  });

  it("a live project born from a thread of the group never lowers D", () => {
    for (const base of bases()) {
      const [a, b] = base.memberIds as [string, string];
      const thread = base.threads[0]?.id ?? "t-new";
      if (base.threads.length === 0) base.threads.push({ id: thread, authorId: a, createdAt: daysAgo(20) });
      const after: GroupActivity = {
        ...base,
        projects: [
          ...base.projects,
          { id: "born", sourceThreadId: thread, status: "active", completedAt: null, contributorIds: [a, b], updates: [{ authorId: a, createdAt: daysAgo(4) }] },
        ],
      };
      const before = dimension(health(base), "projects").score;
      expect(dimension(health(after), "projects").score, base.groupId).toBeGreaterThanOrEqual(before - 1e-9);
      expect(metric(health(after), "liveProjects").value).toBe((metric(health(base), "liveProjects").value as number) + 1);
    }
  });

  // Decision 002 §24: a project that was also live in the previous window adds to continuity's
  // sample too. Where continuity already applies, it never lowers D either.
  it("a live project that continues from the previous window never lowers D once continuity applies", () => {
    let checked = 0;
    for (const base of bases()) {
      if (metric(health(base), "continuity").score === null) continue;
      const [a, b] = base.memberIds as [string, string];
      const thread = base.threads[0]!.id;
      const after: GroupActivity = {
        ...base,
        projects: [
          ...base.projects,
          { id: "continues", sourceThreadId: thread, status: "active", completedAt: null, contributorIds: [a, b], updates: [{ authorId: a, createdAt: daysAgo(120) }, { authorId: b, createdAt: daysAgo(4) }] },
        ],
      };
      const before = health(base);
      const now = health(after);
      expect(metric(now, "continuity").score as number, base.groupId).toBeGreaterThan(metric(before, "continuity").score as number);
      expect(dimension(now, "projects").score, base.groupId).toBeGreaterThanOrEqual(dimension(before, "projects").score - 1e-9);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  // ... but the first one to do so makes continuity applicable on a sample of one, which the
  // contract's shrinkage scores 65.5 — and a mean of metrics above that drops (decision 002 §24).
  it("the first project live in both windows brings continuity in at 65.5, the shrunk score of 1 of 1", () => {
    const b = lively();
    const activity = b.build();
    const project = (id: string, updates: number[]) => ({
      id,
      sourceThreadId: activity.threads[0]!.id,
      status: "active" as const,
      completedAt: null,
      contributorIds: ["m1", "m2", "m3"],
      updates: updates.map((d, i) => ({ authorId: `m${(i % 3) + 1}`, createdAt: daysAgo(d) })),
    });
    const base: GroupActivity = { ...activity, projects: [project("p1", [10, 40]), project("p2", [20])] };
    const after: GroupActivity = { ...base, projects: [...base.projects, project("p3", [130, 5])] };
    expect(metric(health(base), "continuity").score).toBeNull();
    expect(metric(health(after), "continuity").score).toBeCloseTo(proportionScore(1, 1, METRIC_TARGETS.continuity), 9);
    expect(metric(health(after), "continuity").score).toBeCloseTo(65.48, 2);
    expect(dimension(health(after), "projects").score).toBeLessThan(dimension(health(base), "projects").score);
  });

  // "QM status" as decision 002 §3 and §24 read it: whether a post is a QM *within its author's
  // daily cap* — the only QMs any metric counts.
  it("a timely QM reply that changes no other post's QM status (nor which fit the daily cap) never lowers responsiveness", () => {
    let checked = 0;
    for (const base of bases()) {
      const ctx = prepare(base, NOW.getTime());
      const openers = ctx.posts.filter((p) => p.parentId === null && p.counted && NOW.getTime() - p.t > 24 * HOUR && NOW.getTime() - p.t < 29 * DAY);
      for (const opener of openers.slice(0, 6)) {
        const replier = base.memberIds.find((m) => m !== opener.authorId) as string;
        const reply = {
          id: `late-${opener.id}`,
          threadId: opener.threadId,
          authorId: replier,
          parentId: opener.id,
          createdAt: new Date(opener.t + 47 * HOUR),
          visible: true,
          features: features(uniqueText(777_000 + checked, 12)),
        };
        const after: GroupActivity = { ...base, posts: [...base.posts, reply] };
        const afterCtx = prepare(after, NOW.getTime());
        const unchanged = ctx.posts.every((p) => {
          const q = afterCtx.postById.get(p.id);
          return q !== undefined && q.qm === p.qm && q.counted === p.counted;
        });
        if (!unchanged || !afterCtx.postById.get(reply.id)?.counted) continue;
        const before = metric(health(base), "responsiveness").score as number;
        expect(metric(health(after), "responsiveness").score as number).toBeGreaterThanOrEqual(before - 1e-9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe("property 7 — decay", () => {
  it("the same activity scores higher on A in the last 30 days than moved 60 days earlier", () => {
    const make = (shiftDays: number) => {
      const b = new GroupBuilder({ members: 4 });
      // Complete weeks inside the last 30 days: Mon 26 Oct – Mon 23 Nov (NOW is Wed 25 Nov).
      for (let i = 0; i < 12; i++) {
        const d = 4 + i * 2 + shiftDays;
        const t = b.thread(`m${(i % 4) + 1}`, daysAgo(d), b.text(20));
        b.reply(t.postId, `m${((i + 1) % 4) + 1}`, daysAgo(d - 0.2), b.text(20));
      }
      return health(b.build());
    };
    const recent = make(0);
    const old = make(60);
    expect(dimension(recent, "activity").score).toBeGreaterThan(dimension(old, "activity").score);
    expect(metric(recent, "frequency").value as number).toBeGreaterThan(metric(old, "frequency").value as number);
  });
});

describe("property 8 — additive", () => {
  it("contributions sum to overall within 0.01", () => {
    const reports = [
      ...[21, 22, 23, 24].map((s) => health(synthetic(s))),
      health(synthetic(25, { groupAgeDays: 10 })),
      health(lively().build()),
      health(new GroupBuilder().build()),
      health(new GroupBuilder({ ageDays: 0 }).build()),
    ];
    for (const r of reports) {
      const sum = r.dimensions.flatMap((d) => d.metrics).reduce((acc, m) => acc + m.contribution, 0);
      expect(Math.abs(sum - r.overall)).toBeLessThanOrEqual(0.01);
      expect(Math.abs(sum - r.overall)).toBeLessThan(1e-9);
      for (const d of r.dimensions) for (const m of d.metrics) if (m.score === null) expect(m.contribution).toBe(0);
    }
  });
});

describe("property 9 — bilingual", () => {
  it("gives MATTR within 10 % for an English and a French paragraph of the same richness", () => {
    const en =
      "Last Saturday our little group met at the community garden to plant the autumn beds. We started early, when the soil was still cold and wet, and shared coffee before splitting the work. Some of us dug new paths between the raised beds while others sorted the seeds we had saved from the summer harvest. Anna showed the beginners how to test the compost, and Marc explained why he rotates the tomatoes every year. By noon the beds were ready, the tools were clean, and we had a list of questions for the next meeting about winter protection and watering.";
    const fr =
      "Samedi dernier, notre petit groupe s'est retrouvé au jardin partagé pour planter les parterres d'automne. Nous avons commencé tôt, quand la terre était encore froide et humide, et nous avons partagé un café avant de répartir le travail. Certains ont creusé de nouvelles allées entre les bacs surélevés pendant que d'autres triaient les graines gardées de la récolte d'été. Anna a montré aux débutants comment tester le compost, et Marc a expliqué pourquoi il change les tomates de place chaque année. À midi, les parterres étaient prêts, les outils étaient propres, et nous avions une liste de questions pour la prochaine rencontre sur la protection hivernale et l'arrosage.";
    const e = analyzePost(en).mattr as number;
    const f = analyzePost(fr).mattr as number;
    expect(e).toBeGreaterThan(0.7);
    expect(Math.abs(e - f) / e).toBeLessThanOrEqual(0.1);
  });
});
