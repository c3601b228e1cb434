/**
 * A small deterministic generator that composes extra threads and replies from hand-written,
 * topic-specific sentence pools, so the demo groups reach believable volumes without
 * near-duplicate posts. No global randomness and no clock: every choice comes from a seeded PRNG.
 */
import type { SeedReply, SeedRole, SeedThread } from "./types";

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data, and fully reproducible. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (rng: Rng, min: number, max: number): number => min + (max - min) * rng();
export const intBetween = (rng: Rng, min: number, max: number): number => Math.floor(between(rng, min, max + 1 - 1e-9));
export const round2 = (x: number): number => Math.round(x * 100) / 100;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

export interface Weighted {
  key: string;
  weight: number;
}

export function weightedPick(rng: Rng, items: readonly Weighted[], exclude: ReadonlySet<string> = new Set()): string {
  const candidates = items.filter((i) => !exclude.has(i.key));
  if (candidates.length === 0) throw new Error("no candidate left to pick");
  const total = candidates.reduce((s, i) => s + i.weight, 0);
  let x = rng() * total;
  for (const c of candidates) {
    x -= c.weight;
    if (x <= 0) return c.key;
  }
  return (candidates[candidates.length - 1] as Weighted).key;
}

/** Tagged template that strips the common indentation and the surrounding blank lines. */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  let raw = "";
  strings.forEach((s, i) => {
    raw += s + (i < values.length ? String(values[i]) : "");
  });
  const lines = raw.replace(/^[ \t]*\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => (/^ */.exec(l) as RegExpExecArray)[0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(indent)).join("\n");
}

/** Hand-written reply shorthand: author, hours after the post it answers, body, nested replies. */
export function r(author: string, afterHours: number, body: string, replies: SeedReply[] = [], likes?: string[]): SeedReply {
  const reply: SeedReply = { author, afterHours, body, replies };
  if (likes) reply.likes = likes;
  return reply;
}

/** A post that was edited: `earlier` are its texts before `post.body`, oldest first (see SeedReply). */
export function edited<T extends SeedReply | SeedThread>(post: T, ...earlier: { body: string; replacedAfterHours: number }[]): T {
  return { ...post, earlierVersions: earlier };
}

// ---------------------------------------------------------------------------------------------
// Pools

export interface LinkRef {
  url: string;
  label: string;
}

export interface ListBlock {
  intro: string;
  items: string[];
}

export interface TopicPool {
  /** Hand-written sentences for this topic; `{placeholders}` are filled from `Pool.fills`. */
  sentences: string[];
  /** Neighbouring topics to draw from once a long thread has used this topic's sentences. */
  related?: string[];
  links?: LinkRef[];
  lists?: ListBlock[];
}

export interface Pool {
  topics: Record<string, TopicPool>;
  /** Sentences that fit any thread of the group. */
  general: string[];
  /** Short lead-ins for any reply. */
  openers: string[];
  /** Lead-ins for a reply to a reply; `{name}` is the first name of the person answered. */
  addressed: string[];
  closers: string[];
  /** Brief replies (still ≥ 5 words). */
  short: string[];
  /** Sentences introducing a link; `{link}` is replaced with a markdown link. */
  linkIntros: string[];
  fills?: Record<string, string[]>;
}

/** A thread idea of a group's generated pool: its opener and the direct answers it gets first. */
export interface SeedText {
  key: string;
  title: string;
  topic: string;
  body: string;
  answers: string[];
}

/**
 * A deterministic shuffle: item i goes to position (i · stride) mod n, so the topics written
 * in order (all compost questions together, say) spread over the whole period. `stride` must
 * be coprime with the number of items.
 */
export function interleave<T>(items: readonly T[], stride: number): T[] {
  return items
    .map((item, i) => ({ item, k: (i * stride) % items.length }))
    .sort((a, b) => a.k - b.k)
    .map(({ item }) => item);
}

export interface ThreadPlan {
  key: string;
  title: string;
  body: string;
  topic: string;
  author?: string;
  daysAgo: number;
  /** How many replies to aim for (fewer if the thread is too recent to hold them). */
  replies: number;
  /** Thread-specific sentences that answer the opener directly; used first, in order of need. */
  answers?: string[];
  /** Append a ping-pong chain of this many replies (to show deep nesting). */
  deepChain?: number;
  pinned?: boolean;
  locked?: boolean;
}

export interface GenConfig {
  seed: number;
  members: Weighted[];
  /** User key → first name, for "Thanks Priya," style lead-ins. */
  names: Record<string, string>;
  pool: Pool;
  firstReplyHours: [number, number];
  replyHours: [number, number];
  /** Some replies come back days later ("tried it, here's what happened"). */
  slowReply: { p: number; hours: [number, number] };
  /** No post may land more recently than this many hours ago (1 h; 95 × 24 for a dormant group). */
  floorHoursAgo: number;
  pToOpener: number;
  maxDepth: number;
  sentences: [number, number];
  pShort: number;
  pQuote: number;
  pLink: number;
  pList: number;
  pOpener: number;
  pCloser: number;
  /** Probability that a reply to a reply comes from the person that reply answered. */
  pPingPong: number;
  /** Probability that the thread's author answers a reply to their thread. */
  pOpReplies: number;
  likes: { opener: number; reply: number; max: number };
  /** Paragraph separator probability between sentences. */
  pParagraph?: number;
  /**
   * Every whole day in [from, to) days ago gets at least one post: gaps are filled with late
   * follow-ups in earlier threads (threads in `alsoCovering` count as activity too).
   */
  coverDays?: { from: number; to: number; alsoCovering: readonly SeedThread[] };
}

interface Node {
  author: string;
  body: string;
  /** A sentence of the author's own (not a lead-in) that a later reply may quote. */
  quote: string | null;
  hoursAgo: number;
  depth: number;
  parent: Node | null;
  children: SeedReply[];
}

/** Shared by all threads of one group: sentence usage and bodies already written. */
export class GroupState {
  readonly usage = new Map<string, number>();
  readonly bodies = new Set<string>();
}

function fillPlaceholders(rng: Rng, text: string, fills: Record<string, string[]>, extra: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name in extra) return extra[name] as string;
    const values = fills[name];
    return values ? pick(rng, values) : m;
  });
}

/** First sentence of the author's own text, for a `> quote`. */
export function quotable(body: string): string | null {
  const para = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== "" && !/^(>|[-*] |\||\d+\.|```|#)/.test(p));
  if (!para) return null;
  const m = /^(.{20,180}?[.!?])(\s|$)/s.exec(para.replace(/\s+/g, " "));
  const s = m ? (m[1] as string) : para.length <= 180 ? para : null;
  if (!s || /https?:/.test(s)) return null;
  return s;
}

class ThreadComposer {
  readonly usedHere = new Set<string>();
  private readonly answers: string[];
  constructor(
    private readonly rng: Rng,
    private readonly cfg: GenConfig,
    private readonly state: GroupState,
    private readonly topic: string,
    answers: readonly string[] = [],
  ) {
    this.answers = [...answers];
  }

  private topicPool(): TopicPool {
    const t = this.cfg.pool.topics[this.topic];
    if (!t) throw new Error(`unknown topic ${this.topic}`);
    return t;
  }

  /** Least-used of a few random candidates not yet used in this thread. */
  private choose(list: readonly string[]): string | null {
    const free = list.filter((s) => !this.usedHere.has(s));
    if (free.length === 0) return null;
    let best: string | null = null;
    let bestUse = Infinity;
    for (let i = 0; i < 3; i++) {
      const c = pick(this.rng, free);
      const u = this.state.usage.get(c) ?? 0;
      if (u < bestUse) {
        best = c;
        bestUse = u;
      }
    }
    const chosen = best as string;
    this.usedHere.add(chosen);
    this.state.usage.set(chosen, bestUse + 1);
    return chosen;
  }

  private sentence(): string | null {
    const tp = this.topicPool();
    const related = (tp.related ?? []).flatMap((t) => this.cfg.pool.topics[t]?.sentences ?? []);
    const fromTopic = this.rng() < 0.75;
    const order = fromTopic ? [tp.sentences, related, this.cfg.pool.general] : [this.cfg.pool.general, tp.sentences, related];
    let s: string | null = null;
    for (const list of order) {
      s = this.choose(list);
      if (s !== null) break;
    }
    return s === null ? null : fillPlaceholders(this.rng, s, this.cfg.pool.fills ?? {});
  }

  compose(
    parent: Node,
    op: string,
    author: string,
    opts: { forceAddress?: boolean; brief?: boolean } = {},
  ): { body: string; quote: string | null } {
    const { rng, cfg } = this;
    const pool = cfg.pool;
    const parentIsReply = parent.parent !== null;
    const name = cfg.names[parent.author] ?? parent.author;
    for (let attempt = 0; attempt < 12; attempt++) {
      let body: string;
      let quote: string | null = null;
      const answer = !parentIsReply && author !== op && this.answers.length > 0 ? (this.answers.shift() as string) : null;
      // The thread's author answering in their own thread thanks or follows up, never "+1".
      const ownThread = author === op && parentIsReply;
      // Brief replies ("thanks, trying it") answer advice, so only ever a reply to a reply.
      if (!answer && parentIsReply && !opts.forceAddress && !ownThread && rng() < cfg.pShort) {
        const s = this.choose(pool.short);
        body = s === null ? "" : fillPlaceholders(rng, s, pool.fills ?? {}, { name });
      } else {
        const paras: string[] = [];
        if (parentIsReply && parent.quote && rng() < cfg.pQuote) paras.push(`> ${parent.quote}`);
        let lead = "";
        if ((parentIsReply || parent.author !== op || opts.forceAddress) && rng() < (opts.forceAddress || ownThread ? 0.8 : 0.45)) {
          lead = fillPlaceholders(rng, pick(rng, pool.addressed), pool.fills ?? {}, { name });
        } else if (!parentIsReply && rng() < cfg.pOpener) {
          lead = pick(rng, pool.openers);
        }
        const [lo, hi] = opts.brief ? [1, Math.max(1, cfg.sentences[0])] : cfg.sentences;
        const n = intBetween(rng, lo, hi) - (answer ? 1 : 0);
        let current: string[] = lead ? [lead] : [];
        if (answer) {
          current.push(answer);
          quote = answer;
        }
        for (let i = 0; i < n; i++) {
          const s = this.sentence();
          if (s === null) break;
          current.push(s);
          if (quote === null && s.length >= 40) quote = s;
          if (i < n - 1 && current.length >= 2 && rng() < (cfg.pParagraph ?? 0.3)) {
            paras.push(current.join(" "));
            current = [];
          }
        }
        if (rng() < cfg.pCloser) current.push(pick(rng, pool.closers));
        if (current.length > 0) paras.push(current.join(" "));
        const tp = this.topicPool();
        if (tp.links && tp.links.length > 0 && rng() < cfg.pLink) {
          const l = pick(rng, tp.links);
          const link = rng() < 0.5 ? `[${l.label}](${l.url})` : l.url;
          paras.push(fillPlaceholders(rng, pick(rng, pool.linkIntros), pool.fills ?? {}, { link }));
        } else if (tp.lists && tp.lists.length > 0 && rng() < cfg.pList) {
          const block = pick(rng, tp.lists);
          if (!this.usedHere.has(block.intro)) {
            this.usedHere.add(block.intro);
            const items = block.items.filter(() => rng() < 0.8);
            if (items.length >= 2) paras.push(`${block.intro}\n\n${items.map((i) => `- ${i}`).join("\n")}`);
          }
        }
        body = paras.join("\n\n");
      }
      if (body.trim() !== "" && !this.state.bodies.has(body)) {
        this.state.bodies.add(body);
        return { body, quote };
      }
    }
    throw new Error(`could not compose a fresh body in topic ${this.topic}`);
  }
}

function likesFor(rng: Rng, cfg: GenConfig, author: string, mean: number): string[] | undefined {
  // Geometric-ish count: most posts get a few likes, some get many, some none.
  let count = Math.floor(-mean * Math.log(1 - rng() * 0.999));
  count = Math.min(count, cfg.likes.max, cfg.members.length - 1);
  if (count <= 0) return undefined;
  const chosen = new Set<string>([author]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = weightedPick(rng, cfg.members, chosen);
    chosen.add(k);
    out.push(k);
  }
  return out;
}

/** Generate threads from plans. Thread keys, titles and opener bodies come from the plans. */
export function generateThreads(cfg: GenConfig, plans: readonly ThreadPlan[], state: GroupState): SeedThread[] {
  const rng = mulberry32(cfg.seed);
  const floor = cfg.floorHoursAgo;
  const threads: SeedThread[] = [];
  const built: { plan: ThreadPlan; op: string; composer: ThreadComposer; nodes: Node[] }[] = [];

  /** A delay that keeps the reply at least `floor` hours in the past, or null if none fits. */
  const fit = (parent: Node, wanted: number): number | null => {
    const room = parent.hoursAgo - floor - 0.05;
    if (wanted <= room) return wanted;
    if (room < 0.3) return null;
    return room * between(rng, 0.25, 0.85);
  };

  const addReply = (
    composer: ThreadComposer,
    nodes: Node[],
    op: string,
    parent: Node,
    author: string,
    afterHours: number,
    opts: { forceAddress?: boolean; brief?: boolean } = {},
  ): Node => {
    const { body, quote } = composer.compose(parent, op, author, opts);
    const h = round2(afterHours);
    const reply: SeedReply = { author, body, afterHours: h, replies: [] };
    const likes = likesFor(rng, cfg, author, cfg.likes.reply);
    if (likes) reply.likes = likes;
    parent.children.push(reply);
    const node: Node = {
      author,
      body,
      quote,
      hoursAgo: parent.hoursAgo - h,
      depth: parent.depth + 1,
      parent,
      children: reply.replies as SeedReply[],
    };
    nodes.push(node);
    return node;
  };

  const authorFor = (parent: Node, op: string): string => {
    const grand = parent.parent;
    if (grand && grand.author !== parent.author && rng() < cfg.pPingPong) return grand.author;
    if (parent.parent !== null && op !== parent.author && rng() < cfg.pOpReplies) return op;
    return weightedPick(rng, cfg.members, new Set([parent.author]));
  };

  for (const plan of plans) {
    const op = plan.author ?? weightedPick(rng, cfg.members);
    const composer = new ThreadComposer(rng, cfg, state, plan.topic, plan.answers);
    state.bodies.add(plan.body);
    const opener: Node = {
      author: op,
      body: plan.body,
      quote: quotable(plan.body),
      hoursAgo: plan.daysAgo * 24,
      depth: 0,
      parent: null,
      children: [],
    };
    const thread: SeedThread = {
      key: plan.key,
      title: plan.title,
      author: op,
      body: plan.body,
      daysAgo: plan.daysAgo,
      replies: opener.children,
    };
    if (plan.pinned) thread.pinned = true;
    if (plan.locked) thread.locked = true;
    const openerLikes = likesFor(rng, cfg, op, cfg.likes.opener);
    if (openerLikes) thread.likes = openerLikes;

    const nodes: Node[] = [opener];
    const replies = (): Node[] => nodes.slice(1);

    for (let i = 0; i < plan.replies; i++) {
      let parent: Node = opener;
      const rs = replies();
      if (i > 0 && rs.length > 0 && rng() >= cfg.pToOpener) {
        const x = rng();
        const idx = x < 0.5 ? rs.length - 1 : x < 0.75 ? rs.length - 2 : Math.floor(rng() * rs.length);
        const candidate = rs[Math.max(0, idx)] as Node;
        if (candidate.depth < cfg.maxDepth) parent = candidate;
      }
      const wanted =
        i === 0
          ? between(rng, cfg.firstReplyHours[0], cfg.firstReplyHours[1])
          : rng() < cfg.slowReply.p
            ? between(rng, cfg.slowReply.hours[0], cfg.slowReply.hours[1])
            : between(rng, cfg.replyHours[0], cfg.replyHours[1]);
      let h = fit(parent, wanted);
      if (h === null && parent !== opener) {
        parent = opener;
        h = fit(parent, wanted);
      }
      if (h === null) break;
      addReply(composer, nodes, op, parent, authorFor(parent, op), h);
    }

    if (plan.deepChain && plan.deepChain > 0) {
      // A back-and-forth between two people that runs deeper than the page shows inline.
      const rs = replies();
      const start = [...rs].sort((a, b) => b.depth - a.depth).find((n) => n.depth <= 3 && n.parent && n.parent.author !== n.author);
      if (start && start.parent) {
        const a = start.parent.author;
        const b = start.author;
        let cur: Node = start;
        for (let i = 0; i < plan.deepChain; i++) {
          const author = cur.author === b ? a : b;
          const h = fit(cur, between(rng, 0.4, 7));
          if (h === null) break;
          cur = addReply(composer, nodes, op, cur, author, h, { forceAddress: true, brief: rng() < 0.6 });
        }
      }
    }
    threads.push(thread);
    built.push({ plan, op, composer, nodes });
  }

  if (cfg.coverDays) {
    // Late follow-ups ("coming back to this…") so that no day of the window is silent.
    const { from, to, alsoCovering } = cfg.coverDays;
    const covered = new Set<number>();
    eachPost([...alsoCovering, ...threads], (p) => covered.add(Math.floor(p.daysAgo)));
    for (let d = from; d < to; d++) {
      if (covered.has(d)) continue;
      const target = (d + between(rng, 0.15, 0.85)) * 24;
      if (target < floor) continue;
      // The most recent node of any thread that was already open a few hours before the target.
      let best: { b: (typeof built)[number]; node: Node } | null = null;
      for (const b of built) {
        for (const node of b.nodes) {
          const gap = node.hoursAgo - target;
          if (gap < 2 || gap > 110 || node.depth >= cfg.maxDepth) continue;
          if (!best || node.hoursAgo < best.node.hoursAgo) best = { b, node };
        }
      }
      if (!best) continue;
      const { b, node } = best;
      addReply(b.composer, b.nodes, b.op, node, authorFor(node, b.op), node.hoursAgo - target);
      covered.add(d);
    }
  }
  return threads;
}

// ---------------------------------------------------------------------------------------------
// Timing and membership helpers

/**
 * `n` thread start times (days ago) spread evenly over [from, to] with jitter; `warp` > 1
 * packs more threads into the recent end.
 */
export function spreadDays(rng: Rng, n: number, from: number, to: number, warp = 1, jitter = 0.35): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = Math.min(0.999, Math.max(0.001, (i + 0.5 + (rng() - 0.5) * 2 * jitter) / n));
    out.push(round2(from + (to - from) * Math.pow(u, warp)));
  }
  return out;
}

/** Walk every post of the threads with its time in days ago. */
export function eachPost(
  threads: readonly SeedThread[],
  visit: (post: { author: string; body: string; likes: string[]; daysAgo: number; depth: number; thread: SeedThread; isOpener: boolean }) => void,
): void {
  for (const t of threads) {
    visit({ author: t.author, body: t.body, likes: t.likes ?? [], daysAgo: t.daysAgo, depth: 0, thread: t, isOpener: true });
    const rec = (replies: readonly SeedReply[], parentDays: number, depth: number): void => {
      for (const rep of replies) {
        const d = parentDays - rep.afterHours / 24;
        visit({ author: rep.author, body: rep.body, likes: rep.likes ?? [], daysAgo: d, depth, thread: t, isOpener: false });
        rec(rep.replies ?? [], d, depth + 1);
      }
    };
    rec(t.replies, t.daysAgo, 1);
  }
}

/**
 * Fill in likes on hand-written posts that do not list any, from the group's members
 * (never the author), so hand-written threads look as appreciated as generated ones.
 */
export function decorateLikes(threads: SeedThread[], members: readonly Weighted[], seed: number, mean: number, max = 12): void {
  const rng = mulberry32(seed);
  const pickLikes = (author: string, m: number): string[] | undefined => {
    let count = Math.floor(-m * Math.log(1 - rng() * 0.999));
    count = Math.min(count, max, members.length - 1);
    if (count <= 0) return undefined;
    const chosen = new Set<string>([author]);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const k = weightedPick(rng, members, chosen);
      chosen.add(k);
      out.push(k);
    }
    return out;
  };
  for (const t of threads) {
    if (t.likes === undefined) {
      const l = pickLikes(t.author, mean * 1.5);
      if (l) t.likes = l;
    }
    const rec = (replies: SeedReply[]): void => {
      for (const rep of replies) {
        if (rep.likes === undefined) {
          const l = pickLikes(rep.author, mean);
          if (l) rep.likes = l;
        }
        rec(rep.replies ?? []);
      }
    };
    rec(t.replies);
  }
}

export interface RosterEntry {
  user: string;
  role: SeedRole;
  /** When they joined, before any adjustment for their first activity. */
  joinedDaysAgo: number;
}

/**
 * Final member list: everyone joins no later than their first post or like in the group,
 * and no earlier than the group's creation; the owner joins at creation.
 */
export function finalizeMembers(
  roster: readonly RosterEntry[],
  createdDaysAgo: number,
  threads: readonly SeedThread[],
): { user: string; role: SeedRole; joinedDaysAgo: number }[] {
  const first = new Map<string, number>();
  const note = (user: string, d: number): void => {
    if (d > (first.get(user) ?? -Infinity)) first.set(user, d);
  };
  eachPost(threads, (p) => {
    note(p.author, p.daysAgo);
    for (const l of p.likes) note(l, p.daysAgo);
  });
  const known = new Set(roster.map((m) => m.user));
  for (const user of first.keys()) {
    if (!known.has(user)) throw new Error(`${user} is active in a group they are not a member of`);
  }
  return roster.map((m) => {
    if (m.role === "owner") return { user: m.user, role: m.role, joinedDaysAgo: createdDaysAgo };
    const activity = first.get(m.user);
    let joined = m.joinedDaysAgo;
    if (activity !== undefined && joined < activity + 0.5) joined = activity + 0.5 + ((m.user.length * 7) % 10) / 4;
    return { user: m.user, role: m.role, joinedDaysAgo: round2(Math.min(createdDaysAgo, joined)) };
  });
}
