// computeGroupHealth: aggregates stored post features into the 0–100 report of the contract.
// Pure: `now` is an argument, nothing is read from the clock, the database or the network.

import {
  AGE_ADJUSTMENT_DAYS,
  bandOf,
  COUNT_TAU,
  DAY_MS,
  DEPTH_MIN_AUTHORS,
  DIMENSION_ORDER,
  DIMENSION_WEIGHTS,
  FOLLOW_THROUGH_DAYS,
  FOLLOW_THROUGH_MIN_ATTENDEES,
  FREQUENCY_MIN_NEFF,
  HOUR_MS,
  MEETUP_MIN_CHECKINS,
  MEETUP_MIN_GOING,
  METRIC_LABELS,
  METRIC_TARGETS,
  MIN_THREAD_AGE_HOURS,
  PROJECT_MIN_CONTRIBUTORS,
  PROVISIONAL_QM_COUNT,
  PROVISIONAL_SAMPLE,
  REGULARITY_MIN_AUTHORS,
  REGULARITY_WEEKS,
  RESPONSE_HOURS,
  WEEK_MS,
  WINDOW_DAYS,
} from "./constants";
import { formatScore } from "./format";
import { type PostRecord, type Prepared, prepare } from "./qualify";
import { countScore, decayWeight, lexicalDiversityScore, median, proportionScore } from "./scoring";
import type { DimensionKey, DimensionScore, GroupActivity, HealthReport, MetricScore } from "./types";

type Draft = Omit<MetricScore, "label" | "contribution">;

// ---------------------------------------------------------------------------------------
// Sentences

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fmt(x: number, digits = 1): string {
  return x.toFixed(digits);
}

const PROVISIONAL_NOTE = "provisional: small sample";

/**
 * One sentence: the evidence, then its notes (a median, "provisional", shrinkage) in a single
 * parenthesis, never "(…) (…)" back to back.
 */
function sentence(base: string, notes: readonly string[] = []): string {
  return base + (notes.length > 0 ? ` (${notes.join("; ")})` : "") + ".";
}

// ---------------------------------------------------------------------------------------
// Metric builders

function notApplicable(key: string, target: number | null, why: string): Draft {
  return { key, score: null, value: null, target, sample: 0, provisional: false, explanation: why };
}

/**
 * A shrunk proportion x / n. `x` is capped at `n` (ratios whose numerator can exceed the
 * denominator are capped at 1); n = 0 is "not applicable".
 */
function proportion(key: keyof typeof METRIC_TARGETS, x: number, n: number, evidence: string, na: string, notes: readonly string[] = []): Draft {
  const target = METRIC_TARGETS[key];
  if (n === 0) return notApplicable(key, target, na);
  const capped = Math.min(x, n);
  const provisional = n < PROVISIONAL_SAMPLE;
  const score = proportionScore(capped, n, target);
  // Shrinkage keeps a metric that meets its target below 100, or one at nothing above 0, on a
  // modest sample; say so, or "30 % (target 30 %)" scored 93, or "0 of 13 weeks" scored 14,
  // reads as a mistake. (A provisional one already says why.)
  const unshrunk = 100 * Math.min(1, capped / n / target);
  const shrunk = !provisional && Math.abs(unshrunk - score) >= SHRINK_NOTE_POINTS;
  return {
    key,
    score,
    value: capped / n,
    target,
    sample: n,
    provisional,
    explanation: sentence(evidence, [
      ...notes,
      ...(provisional ? [PROVISIONAL_NOTE] : []),
      ...(shrunk ? [`a sample of ${n} is weighed toward the middle: ${formatScore(score)} rather than ${formatScore(unshrunk)}`] : []),
    ]),
  };
}

/** How far shrinkage must pull a score down before its explanation mentions it. */
const SHRINK_NOTE_POINTS = 5;

/** Count-like metrics are always applicable (0 is evidence) and never provisional. */
function countLike(key: string, value: number, score: number, target: number | null, sample: number, evidence: string): Draft {
  return { key, score, value, target, sample, provisional: false, explanation: sentence(evidence) };
}

// ---------------------------------------------------------------------------------------
// Threads: shared with the moderator recommendations

export interface OpenedThread {
  id: string;
  createdMs: number;
  /** First counted QM reply in the thread by someone other than the opener, or null. */
  firstReplyMs: number | null;
}

/**
 * Threads opened in the last 30 days whose opener is a counted QM, with their first QM reply
 * from another member. The opener is the earliest post of the thread without a parent.
 */
export function openedThreads(ctx: Prepared): OpenedThread[] {
  const windowMs = WINDOW_DAYS.activity * DAY_MS;
  const threadCount = ctx.threadIds.length;
  const openers = new Array<PostRecord | undefined>(threadCount);
  for (const p of ctx.posts) if (p.parentId === null && !openers[p.thread]) openers[p.thread] = p;
  const firstReply = new Float64Array(threadCount).fill(NaN);
  for (const p of ctx.posts) {
    if (!p.counted || p.parentId === null) continue;
    const opener = openers[p.thread];
    if (!opener || opener.authorId === p.authorId || !Number.isNaN(firstReply[p.thread])) continue;
    firstReply[p.thread] = p.t; // posts are in time order: the first one seen is the first
  }
  const out: OpenedThread[] = [];
  for (const th of ctx.activity.threads) {
    const createdMs = th.createdAt.getTime();
    const age = ctx.nowMs - createdMs;
    if (!(age >= 0 && age < windowMs)) continue;
    const index = ctx.threadIndex.get(th.id) as number;
    const opener = openers[index];
    if (!opener || !opener.counted) continue;
    const reply = firstReply[index] as number;
    out.push({ id: th.id, createdMs, firstReplyMs: Number.isNaN(reply) ? null : reply });
  }
  out.sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

// ---------------------------------------------------------------------------------------
// A. Sustained activity and B. Content richness (W = 30 d)

interface ConversationFacts {
  countedInW: number;
}

function conversationMetrics(ctx: Prepared): { activity: Draft[]; richness: Draft[]; facts: ConversationFacts } {
  const { nowMs, memberCount } = ctx;
  const W = WINDOW_DAYS.activity;
  const windowMs = W * DAY_MS;

  let countedInW = 0;
  let decayed = 0;
  const perAuthor = new Uint32Array(memberCount);
  const writers = new Uint8Array(memberCount); // 1: in W, 2: in previous window, 3: both
  let substantive = 0;
  const mattrs: number[] = [];

  // Regularity: the last 13 complete ISO weeks (Monday 00:00 UTC), starting at or after the
  // group's creation and ending at or before now. 1970-01-01 was a Thursday.
  const today = Math.floor(nowMs / DAY_MS);
  const lastMonday = (today - ((((today + 3) % 7) + 7) % 7)) * DAY_MS;
  const weekAuthor = new Int32Array(REGULARITY_WEEKS + 1).fill(-1);
  const weekMulti = new Uint8Array(REGULARITY_WEEKS + 1);
  const regularityStart = lastMonday - REGULARITY_WEEKS * WEEK_MS;

  // Depth: per thread, distinct QM authors (up to 3) and whether a QM answers a QM reply.
  const threadCount = ctx.threadIds.length;
  const threadAuthors = new Int32Array(threadCount * DEPTH_MIN_AUTHORS).fill(-1);
  const authorCount = new Uint8Array(threadCount);
  const deepThread = new Uint8Array(threadCount);
  const repliedInW = new Uint8Array(threadCount);
  let repliedCount = 0;
  // Reciprocity: unordered pairs keyed lo * M + hi; bit 1 = lo answered hi, bit 2 = hi answered lo.
  const pairs = new Map<number, number>();

  for (const p of ctx.posts) {
    if (!p.counted) continue;
    const age = nowMs - p.t;
    const inW = age < windowMs;
    if (inW) {
      countedInW++;
      decayed += decayWeight(age, W);
      perAuthor[p.author] = (perAuthor[p.author] as number) + 1;
      writers[p.author] = (writers[p.author] as number) | 1;
      if (p.features.substantive) substantive++;
      if (p.features.mattr !== null) mattrs.push(p.features.mattr);
    } else if (age < 2 * windowMs) {
      writers[p.author] = (writers[p.author] as number) | 2;
    }

    if (p.t >= regularityStart && p.t < lastMonday) {
      const k = Math.floor((lastMonday - p.t - 1) / WEEK_MS) + 1;
      const first = weekAuthor[k] as number;
      if (first === -1) weekAuthor[k] = p.author;
      else if (first !== p.author) weekMulti[k] = 1;
    }

    const th = p.thread;
    const known = authorCount[th] as number;
    if (known < DEPTH_MIN_AUTHORS) {
      let seen = false;
      for (let k = 0; k < known; k++) if (threadAuthors[th * DEPTH_MIN_AUTHORS + k] === p.author) seen = true;
      if (!seen) {
        threadAuthors[th * DEPTH_MIN_AUTHORS + known] = p.author;
        authorCount[th] = known + 1;
      }
    }

    if (p.parentId === null) continue;
    const parent = p.parent;
    if (parent && parent.counted && parent.parentId !== null && parent.thread === th) deepThread[th] = 1;
    if (!inW) continue;
    if (repliedInW[th] === 0) {
      repliedInW[th] = 1;
      repliedCount++;
    }
    if (parent && parent.visible && parent.author >= 0 && parent.author !== p.author) {
      const a = p.author;
      const b = parent.author;
      const key = a < b ? a * memberCount + b : b * memberCount + a;
      pairs.set(key, (pairs.get(key) ?? 0) | (a < b ? 1 : 2));
    }
  }

  // --- frequency: decayed weekly QM rate × min(1, Neff / 3)
  let entropy = 0;
  let authorsInW = 0;
  for (let i = 0; i < memberCount; i++) {
    const c = perAuthor[i] as number;
    if (c === 0) continue;
    authorsInW++;
    const share = c / countedInW;
    entropy -= share * Math.log(share);
  }
  const neff = countedInW > 0 ? Math.exp(entropy) : 0;
  const diversity = Math.min(1, neff / FREQUENCY_MIN_NEFF);
  const frequencyValue = (decayed / (W / 7)) * diversity;
  const frequency = countLike(
    "frequency",
    frequencyValue,
    countScore(frequencyValue, COUNT_TAU.frequency),
    null,
    countedInW,
    countedInW === 0
      ? "No qualifying message in the last 30 days"
      : `${plural(countedInW, "qualifying message", "qualifying messages")} from ${plural(authorsInW, "author", "authors")} in the last 30 days, a decay-weighted ${fmt(frequencyValue, frequencyValue < 1 ? 2 : 1)} a week` +
          (diversity < 1 ? ` after a ${fmt(diversity * 100, 0)} % weight because ${neff < 1.5 ? "one author carries" : "few authors carry"} the conversation` : ""),
  );

  // --- regularity
  let weeks = 0;
  let goodWeeks = 0;
  for (let k = 1; k <= REGULARITY_WEEKS; k++) {
    if (lastMonday - k * WEEK_MS < ctx.createdMs) break;
    weeks++;
    if (weekMulti[k] === 1) goodWeeks++;
  }
  const regularity = proportion(
    "regularity",
    goodWeeks,
    weeks,
    `${goodWeeks} of the last ${plural(weeks, "complete week", "complete weeks")} had qualifying messages from at least ${REGULARITY_MIN_AUTHORS} authors`,
    "The group has not yet lived one complete week (Monday to Monday, UTC).",
  );

  // --- responsiveness
  const minAgeMs = MIN_THREAD_AGE_HOURS * HOUR_MS;
  const responseMs = RESPONSE_HOURS * HOUR_MS;
  let eligible = 0;
  let answered = 0;
  const delays: number[] = [];
  for (const th of openedThreads(ctx)) {
    if (!(nowMs - th.createdMs > minAgeMs)) continue;
    eligible++;
    if (th.firstReplyMs === null) continue;
    const delay = Math.max(0, th.firstReplyMs - th.createdMs);
    delays.push(delay / HOUR_MS);
    if (delay <= responseMs) answered++;
  }
  const responsiveness = proportion(
    "responsiveness",
    answered,
    eligible,
    // "none has a reply yet" is part of the evidence; the median is a note beside it.
    `${answered} of ${plural(eligible, "new thread", "new threads")} got a reply from another member within ${RESPONSE_HOURS} h` +
      (delays.length > 0 ? "" : eligible === 1 ? ", and it has no reply yet" : ", and none has a reply yet"),
    `No thread opened in the last 30 days by a qualifying message is older than ${MIN_THREAD_AGE_HOURS} h.`,
    delays.length > 0 ? [`median first reply ${fmt(median(delays))} h`] : [],
  );

  // --- engagement: members who wrote a QM or reacted to another member's post in W
  const engaged = new Uint8Array(memberCount);
  let engagedCount = 0;
  for (let i = 0; i < memberCount; i++) {
    if (((writers[i] as number) & 1) === 1) {
      engaged[i] = 1;
      engagedCount++;
    }
  }
  for (const r of ctx.activity.reactions) {
    const user = ctx.memberIndex.get(r.userId);
    if (user === undefined || engaged[user] === 1) continue;
    const age = nowMs - r.createdAt.getTime();
    if (!(age >= 0 && age < windowMs)) continue;
    const post = ctx.postById.get(r.postId);
    if (!post || !post.visible || post.author < 0 || post.author === user) continue;
    engaged[user] = 1;
    engagedCount++;
  }
  const engagement = proportion(
    "engagement",
    engagedCount,
    memberCount,
    `${engagedCount} of ${plural(memberCount, "member", "members")} wrote a qualifying message or reacted to someone else's post in the last 30 days`,
    "The group has no counted member.",
  );

  // --- retention
  let previous = 0;
  let stayed = 0;
  for (let i = 0; i < memberCount; i++) {
    const w = writers[i] as number;
    if ((w & 2) === 0) continue;
    previous++;
    if ((w & 1) === 1) stayed++;
  }
  const retention = proportion(
    "retention",
    stayed,
    previous,
    `${stayed} of the ${plural(previous, "member", "members")} who wrote 30 to 60 days ago wrote again in the last 30 days`,
    "No member wrote a qualifying message 30 to 60 days ago.",
  );

  // --- substance
  const substance = proportion(
    "substance",
    substantive,
    countedInW,
    `${substantive} of ${plural(countedInW, "qualifying message", "qualifying messages")} in the last 30 days ${countedInW === 1 ? "has" : "have"} at least 40 words or a link, code, image or table`,
    "No qualifying message was written in the last 30 days.",
  );

  // --- lexical diversity
  let lexicalDiversity: Draft;
  if (mattrs.length === 0) {
    lexicalDiversity = notApplicable(
      "lexicalDiversity",
      METRIC_TARGETS.lexicalDiversity,
      "No qualifying message of at least 50 words was written in the last 30 days.",
    );
  } else {
    const m = median(mattrs);
    const provisional = mattrs.length < PROVISIONAL_SAMPLE;
    lexicalDiversity = {
      key: "lexicalDiversity",
      score: lexicalDiversityScore(m),
      value: m,
      target: METRIC_TARGETS.lexicalDiversity,
      sample: mattrs.length,
      provisional,
      explanation: sentence(
        `Median vocabulary variety (MATTR) is ${fmt(m, 2)} over ${plural(mattrs.length, "message", "messages")} of at least 50 words`,
        provisional ? [PROVISIONAL_NOTE] : [],
      ),
    };
  }

  // --- depth
  let deep = 0;
  for (let th = 0; th < threadCount; th++) {
    if (repliedInW[th] === 1 && authorCount[th] === DEPTH_MIN_AUTHORS && deepThread[th] === 1) deep++;
  }
  const depth = proportion(
    "depth",
    deep,
    repliedCount,
    `${deep} of ${plural(repliedCount, "thread", "threads")} with replies in the last 30 days reached ${DEPTH_MIN_AUTHORS} authors and a reply to a reply`,
    "No thread got a qualifying reply in the last 30 days.",
  );

  // --- reciprocity
  let mutual = 0;
  for (const v of pairs.values()) if (v === 3) mutual++;
  const reciprocity = proportion(
    "reciprocity",
    mutual,
    pairs.size,
    `${mutual} of ${plural(pairs.size, "member pair", "member pairs")} linked by a reply in the last 30 days answered each other both ways`,
    "No member answered another member in the last 30 days.",
  );

  return {
    activity: [frequency, regularity, responsiveness, engagement, retention],
    richness: [substance, lexicalDiversity, depth, reciprocity],
    facts: { countedInW },
  };
}

/** Members who wrote a counted QM in the last `windowDays` (for reach and team breadth). */
function writersWithin(ctx: Prepared, windowDays: number): Uint8Array {
  const out = new Uint8Array(ctx.memberCount);
  const windowMs = windowDays * DAY_MS;
  for (const p of ctx.posts) if (p.counted && ctx.nowMs - p.t < windowMs) out[p.author] = 1;
  return out;
}

function countOnes(a: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += a[i] as number;
  return n;
}

// ---------------------------------------------------------------------------------------
// C. Offline meetups (W = 90 d)

function memberSet(ctx: Prepared, ids: readonly string[]): Set<number> {
  const s = new Set<number>();
  for (const id of ids) {
    const i = ctx.memberIndex.get(id);
    if (i !== undefined) s.add(i);
  }
  return s;
}

function meetupMetrics(ctx: Prepared, writerCount: number): Draft[] {
  const { nowMs } = ctx;
  const W = WINDOW_DAYS.meetups;
  const windowMs = W * DAY_MS;
  const followMs = FOLLOW_THROUGH_DAYS * DAY_MS;
  const meetups = [...ctx.activity.meetups].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  // Counted QMs of the linked threads, in time order, for the follow-through check.
  const linked = new Map<number, PostRecord[]>();
  for (const m of meetups) {
    for (const id of m.linkedThreadIds) {
      const th = ctx.threadIndex.get(id);
      if (th !== undefined) linked.set(th, []);
    }
  }
  if (linked.size > 0) {
    for (const p of ctx.posts) if (p.counted) linked.get(p.thread)?.push(p);
  }
  const threadQMs = (id: string): PostRecord[] => {
    const th = ctx.threadIndex.get(id);
    return th === undefined ? [] : (linked.get(th) ?? []);
  };

  let cadence = 0;
  let held = 0;
  let halfHeld = 0;
  const attendees = new Set<number>();
  const organizers = new Set<number>();
  let followed = 0;
  let followDenominator = 0;

  for (const m of meetups) {
    if (m.cancelled) continue;
    const start = m.startsAt.getTime();
    const age = nowMs - start;
    if (age < 0) {
      // Scheduled in the next W: its organisers already do the work the metric rewards.
      if (-age <= windowMs) for (const o of memberSet(ctx, m.organizerIds)) organizers.add(o);
      continue;
    }
    if (age >= windowMs) continue;
    const checkedIn = memberSet(ctx, m.checkedInIds);
    const isHeld = checkedIn.size >= MEETUP_MIN_CHECKINS;
    const isHalf = !isHeld && memberSet(ctx, m.goingIds).size >= MEETUP_MIN_GOING;
    if (!isHeld && !isHalf) continue;
    cadence += (isHeld ? 1 : 0.5) * decayWeight(age, W);
    for (const o of memberSet(ctx, m.organizerIds)) organizers.add(o);
    if (isHalf) {
      halfHeld++;
      continue;
    }
    held++;
    for (const a of checkedIn) attendees.add(a);

    // Followed through: a linked thread where ≥ 2 attendees wrote a QM within 14 days of the start.
    let isFollowed = false;
    for (const threadId of new Set(m.linkedThreadIds)) {
      const writersHere = new Set<number>();
      for (const p of threadQMs(threadId)) {
        if (p.t >= start && p.t - start <= followMs && checkedIn.has(p.author)) writersHere.add(p.author);
      }
      if (writersHere.size >= FOLLOW_THROUGH_MIN_ATTENDEES) {
        isFollowed = true;
        break;
      }
    }
    // A meetup younger than 14 days may still be followed up: it only enters the denominator
    // once it is followed through or its 14 days are over.
    if (isFollowed) followed++;
    if (isFollowed || age > followMs) followDenominator++;
  }

  const cadenceMetric = countLike(
    "cadence",
    cadence,
    countScore(cadence, COUNT_TAU.cadence),
    null,
    held + halfHeld,
    held + halfHeld === 0
      ? "No meetup was held in the last 90 days"
      : `${plural(held, "meetup", "meetups")} held${halfHeld > 0 ? ` and ${halfHeld} half-held (under 3 check-ins but at least 3 going)` : ""} in the last 90 days, ${fmt(cadence, 2)} after decay`,
  );

  const reach =
    held === 0
      ? notApplicable("reach", METRIC_TARGETS.reach, "No meetup was held in the last 90 days.")
      : writerCount === 0
        ? notApplicable("reach", METRIC_TARGETS.reach, "No member wrote a qualifying message in the last 90 days.")
        : proportion(
            "reach",
            attendees.size,
            writerCount,
            `${plural(attendees.size, "member", "members")} checked in at meetups in the last 90 days, against ${plural(writerCount, "member", "members")} who wrote`,
            "",
          );

  const followThrough =
    followDenominator === 0
      ? notApplicable(
          "followThrough",
          METRIC_TARGETS.followThrough,
          held === 0
            ? "No meetup was held in the last 90 days."
            : "The meetups held in the last 90 days are under 14 days old and not yet followed up in a discussion.",
        )
      : proportion(
          "followThrough",
          followed,
          followDenominator,
          `${followed} of ${plural(followDenominator, "held meetup", "held meetups")} led to a linked discussion where at least ${FOLLOW_THROUGH_MIN_ATTENDEES} attendees wrote within ${FOLLOW_THROUGH_DAYS} days`,
          "",
        );

  const organizerMetric = countLike(
    "organizers",
    organizers.size,
    100 * Math.min(1, organizers.size / METRIC_TARGETS.organizers),
    METRIC_TARGETS.organizers,
    organizers.size,
    organizers.size === 0
      ? "No member organised a meetup held in the last 90 days or scheduled for the next 90 days"
      : `${plural(organizers.size, "member", "members")} organised meetups held in the last 90 days or scheduled for the next 90 days`,
  );

  return [cadenceMetric, reach, followThrough, organizerMetric];
}

// ---------------------------------------------------------------------------------------
// D. Collaborative projects (W = 90 d)

type Project = GroupActivity["projects"][number];

/**
 * Status as of `now`: a project whose completion date lies after `now` was still active then
 * (this is what makes the trend computation at now − 30 d honest).
 */
function statusAt(p: Project, nowMs: number): Project["status"] {
  if (p.status === "completed" && p.completedAt !== null && p.completedAt.getTime() > nowMs) return "active";
  return p.status;
}

/**
 * Live in the window (start, end]: active, or completed on or after the window's start; with
 * ≥ 2 contributors who are members; and ≥ 1 update by a member inside the window.
 */
function liveIn(ctx: Prepared, p: Project, startMs: number, endMs: number): boolean {
  const status = statusAt(p, ctx.nowMs);
  const statusOk =
    status === "active" || (status === "completed" && p.completedAt !== null && p.completedAt.getTime() >= startMs);
  if (!statusOk) return false;
  if (memberSet(ctx, p.contributorIds).size < PROJECT_MIN_CONTRIBUTORS) return false;
  return p.updates.some((u) => {
    const t = u.createdAt.getTime();
    return t > startMs && t <= endMs && ctx.memberIndex.has(u.authorId);
  });
}

function projectMetrics(ctx: Prepared, writerCount: number): Draft[] {
  const { nowMs } = ctx;
  const windowMs = WINDOW_DAYS.projects * DAY_MS;
  const curStart = nowMs - windowMs;
  const prevStart = nowMs - 2 * windowMs;
  const projects = [...ctx.activity.projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const threadIds = new Set(ctx.activity.threads.map((t) => t.id));

  const live = projects.filter((p) => liveIn(ctx, p, curStart, nowMs));
  const contributors = new Set<number>();
  for (const p of live) for (const c of memberSet(ctx, p.contributorIds)) contributors.add(c);
  const spawned = live.filter((p) => p.sourceThreadId !== null && threadIds.has(p.sourceThreadId)).length;

  // Continuity: of the projects live in the previous window, those live in W or completed in
  // W (status completed with completedAt in (now − W, now]): finishing is continuity too.
  const previous = projects.filter((p) => liveIn(ctx, p, prevStart, curStart));
  const continued = previous.filter((p) => {
    if (liveIn(ctx, p, curStart, nowMs)) return true;
    const t = p.completedAt?.getTime();
    return statusAt(p, nowMs) === "completed" && t !== undefined && t > curStart && t <= nowMs;
  }).length;

  const liveProjects = countLike(
    "liveProjects",
    live.length,
    countScore(live.length, COUNT_TAU.liveProjects),
    null,
    live.length,
    live.length === 0
      ? "No project was live in the last 90 days (active or just completed, at least 2 contributors, an update)"
      : `${plural(live.length, "project", "projects")} live in the last 90 days (active or just completed, at least 2 contributors, an update)`,
  );
  const teamBreadth =
    live.length === 0
      ? notApplicable("teamBreadth", METRIC_TARGETS.teamBreadth, "No project was live in the last 90 days.")
      : writerCount === 0
        ? notApplicable("teamBreadth", METRIC_TARGETS.teamBreadth, "No member wrote a qualifying message in the last 90 days.")
        : proportion(
            "teamBreadth",
            contributors.size,
            writerCount,
            `${plural(contributors.size, "member contributes", "members contribute")} to live projects, against ${plural(writerCount, "member", "members")} who wrote in the last 90 days`,
            "",
          );
  const spawnedFromDiscussion = proportion(
    "spawnedFromDiscussion",
    spawned,
    live.length,
    `${spawned} of ${plural(live.length, "live project", "live projects")} started from a discussion of the group`,
    "No project was live in the last 90 days.",
  );
  const continuity = proportion(
    "continuity",
    continued,
    previous.length,
    `${continued} of ${plural(previous.length, "project", "projects")} live 90 to 180 days ago ${previous.length === 1 ? "is still live or was" : "are still live or were"} completed since`,
    "No project was live 90 to 180 days ago.",
  );
  return [liveProjects, teamBreadth, spawnedFromDiscussion, continuity];
}

// ---------------------------------------------------------------------------------------
// Combination

export function computeGroupHealth(activity: GroupActivity, now: Date): HealthReport {
  const nowMs = now.getTime();
  const ctx = prepare(activity, nowMs);
  return reportFrom(ctx);
}

/** The report of a prepared activity (exposed to the module for the recommendations' reuse). */
export function reportFrom(ctx: Prepared): HealthReport {
  const conversation = conversationMetrics(ctx);
  const writerCount = countOnes(writersWithin(ctx, WINDOW_DAYS.meetups));
  const drafts: Record<DimensionKey, Draft[]> = {
    activity: conversation.activity,
    richness: conversation.richness,
    meetups: meetupMetrics(ctx, writerCount),
    projects: projectMetrics(ctx, writerCount),
  };

  // A group younger than 90 days is not punished for having had no meetup or project yet.
  const ageDays = (ctx.nowMs - ctx.createdMs) / DAY_MS;
  const youth = Math.min(1, Math.max(0, ageDays / AGE_ADJUSTMENT_DAYS));
  const weights: Record<DimensionKey, number> = {
    activity: DIMENSION_WEIGHTS.activity,
    richness: DIMENSION_WEIGHTS.richness,
    meetups: DIMENSION_WEIGHTS.meetups * youth,
    projects: DIMENSION_WEIGHTS.projects * youth,
  };
  let totalWeight = 0;
  for (const d of DIMENSION_ORDER) totalWeight += weights[d];

  let overall = 0;
  const dimensions: DimensionScore[] = DIMENSION_ORDER.map((key) => {
    const list = drafts[key];
    const applicable = list.filter((m) => m.score !== null);
    let sum = 0;
    for (const m of applicable) sum += m.score as number;
    // No applicable metric: no evidence is not health.
    const score = applicable.length > 0 ? sum / applicable.length : 0;
    const share = weights[key] / totalWeight;
    overall += share * score;
    const metrics: MetricScore[] = list.map((m) => ({
      key: m.key,
      label: METRIC_LABELS[m.key] ?? m.key,
      score: m.score,
      value: m.value,
      target: m.target,
      sample: m.sample,
      provisional: m.provisional,
      contribution: m.score === null ? 0 : (share * m.score) / applicable.length,
      explanation: m.explanation,
    }));
    return { key, score, weight: weights[key], metrics };
  });

  return {
    groupId: ctx.activity.groupId,
    computedAt: new Date(ctx.nowMs),
    overall,
    band: bandOf(overall),
    provisional: conversation.facts.countedInW < PROVISIONAL_QM_COUNT,
    dimensions,
  };
}
