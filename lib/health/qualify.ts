// Qualifying-message (QM) classification, shared by the score and the moderator
// recommendations so both always agree on what counts.

import { DAILY_QM_CAP, DAY_MS, DUPLICATE_WINDOW_DAYS, NEAR_DUPLICATE_JACCARD, QM_MIN_WORDS } from "./constants";
import { fmix32, fnv1a32, MINHASH_SIZE } from "./hash";
import type { GroupActivity, PostFeatures } from "./types";

/** A post as the engine sees it: times as milliseconds, author and thread as indices. */
export interface PostRecord {
  id: string;
  threadId: string;
  /** Index of the thread in `Prepared.threadIds`. */
  thread: number;
  authorId: string;
  /** Index in the member list; −1 for a non-member (banned, departed): such posts count for nothing. */
  author: number;
  parentId: string | null;
  /** The post it answers, when that post is known and not after `now`. */
  parent: PostRecord | null;
  t: number;
  visible: boolean;
  features: PostFeatures;
  /** A QM: may disqualify the same author's later near-copies. */
  qm: boolean;
  /** A QM within the author's daily cap: the only posts any metric counts. */
  counted: boolean;
}

/** The activity normalised once: members and threads indexed, posts up to `now` sorted by time. */
export interface Prepared {
  activity: GroupActivity;
  nowMs: number;
  createdMs: number;
  memberIndex: Map<string, number>;
  memberCount: number;
  /** Threads of `activity.threads` first, then any other thread a post names. */
  threadIndex: Map<string, number>;
  threadIds: string[];
  /** Posts created at or before `now`, by time then id (a copy; the input is not mutated). */
  posts: PostRecord[];
  postById: Map<string, PostRecord>;
}

export function prepare(activity: GroupActivity, nowMs: number): Prepared {
  const memberIndex = new Map<string, number>();
  for (const id of activity.memberIds) if (!memberIndex.has(id)) memberIndex.set(id, memberIndex.size);
  const threadIndex = new Map<string, number>();
  const threadIds: string[] = [];
  const threadOf = (id: string): number => {
    let i = threadIndex.get(id);
    if (i === undefined) {
      i = threadIds.length;
      threadIndex.set(id, i);
      threadIds.push(id);
    }
    return i;
  };
  for (const th of activity.threads) threadOf(th.id);

  const records: PostRecord[] = [];
  for (const p of activity.posts) {
    const t = p.createdAt.getTime();
    // Computing "as of" a past date (the trend) must not see later posts.
    if (!(t <= nowMs)) continue;
    records.push({
      id: p.id,
      threadId: p.threadId,
      thread: threadOf(p.threadId),
      authorId: p.authorId,
      author: memberIndex.get(p.authorId) ?? -1,
      parentId: p.parentId,
      parent: null,
      t,
      visible: p.visible,
      features: p.features,
      qm: false,
      counted: false,
    });
  }
  const posts = sortByTime(records);
  const postById = new Map<string, PostRecord>();
  for (const p of posts) postById.set(p.id, p);
  for (const p of posts) if (p.parentId !== null) p.parent = postById.get(p.parentId) ?? null;

  classify(posts, memberIndex.size);
  return {
    activity,
    nowMs,
    createdMs: activity.createdAt.getTime(),
    memberIndex,
    memberCount: memberIndex.size,
    threadIndex,
    threadIds,
    posts,
    postById,
  };
}

const byTimeThenId = (a: PostRecord, b: PostRecord): number => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Time order decides which of several copies qualifies; the id breaks ties so the result does
 * not depend on the order the loader returned rows in. Sorting packs (time, position) into
 * one exact double and uses the native numeric sort, several times faster than a comparator;
 * runs of equal times are then ordered by id.
 */
function sortByTime(posts: PostRecord[]): PostRecord[] {
  const n = posts.length;
  let sorted = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = (posts[i] as PostRecord).t;
    if (t < min) min = t;
    if (t > max) max = t;
    if (sorted && i > 0 && byTimeThenId(posts[i - 1] as PostRecord, posts[i] as PostRecord) > 0) sorted = false;
  }
  if (sorted) return posts; // a loader ordering by (createdAt, id) skips the sort
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if (!((max - min + 1) * scale <= Number.MAX_SAFE_INTEGER && Number.isInteger(min) && Number.isInteger(max))) {
    return posts.sort(byTimeThenId);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((posts[i] as PostRecord).t - min) * scale + i;
  keys.sort();
  const out = new Array<PostRecord>(n);
  for (let i = 0; i < n; i++) out[i] = posts[(keys[i] as number) % scale] as PostRecord;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && (out[j] as PostRecord).t === (out[i] as PostRecord).t) j++;
    if (j - i > 1) {
      const run = out.slice(i, j).sort(byTimeThenId);
      for (let k = 0; k < run.length; k++) out[i + k] = run[k] as PostRecord;
    }
    i = j;
  }
  return out;
}

const DUPLICATE_WINDOW_MS = DUPLICATE_WINDOW_DAYS * DAY_MS;

function maxMismatches(length: number): number {
  return length - Math.ceil(NEAR_DUPLICATE_JACCARD * length - 1e-9);
}

/** Signatures agreeing on ≥ 0.8 · 64 components (≥ 52) differ on at most 12. */
const ALLOWED_MISMATCHES = maxMismatches(MINHASH_SIZE);
/**
 * Pigeonhole: two such signatures agree somewhere among their first 13 components. A scan
 * compares those 13 (stored contiguously, cache-friendly) and only on a hit the full 64:
 * exactly the pairs a full pairwise comparison would accept, for a fraction of its cost.
 */
const PREFIX = ALLOWED_MISMATCHES + 1;
/** An author with more QMs than this in 7 days is looked up in an index rather than scanned. */
const INDEX_FROM = 32;

/** True when at least 80 % of the components are equal; stops as soon as that is impossible. */
function nearDuplicate(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  let mismatches = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && ++mismatches > ALLOWED_MISMATCHES) return false;
  }
  return true;
}

function textKey(author: number, textHash: string): number {
  return fmix32(fnv1a32(textHash) ^ Math.imul(author + 1, 0x9e3779b1)) | 0;
}

/** 32-bit key of (author, position, component value) for the first 13 positions. */
function componentKey(author: number, position: number, value: number): number {
  const h = Math.imul(author + 1, 0x9e3779b1) ^ Math.imul(position + 1, 0x85ebca77);
  return fmix32(Math.imul(h ^ value, 0xcc9e2d51)) | 0;
}

/** One author's QMs of the last 7 days, a sliding window in typed arrays. */
class AuthorWindow {
  post = new Int32Array(8);
  time = new Float64Array(8);
  text = new Int32Array(8);
  prefix = new Float64Array(8 * PREFIX);
  start = 0;
  end = 0;
  /** Switched to the flood index: the window arrays are no longer used. */
  indexed = false;
  day = -1;
  dayCount = 0;

  expire(cutoff: number): void {
    while (this.start < this.end && (this.time[this.start] as number) < cutoff) this.start++;
  }

  get size(): number {
    return this.end - this.start;
  }

  push(post: number, t: number, text: number, sig: readonly number[]): void {
    if (this.end === this.post.length) this.makeRoom();
    const j = this.end++;
    this.post[j] = post;
    this.time[j] = t;
    this.text[j] = text;
    // A signature that is not 64 long cannot be compared: NaN never equals anything.
    const full = sig.length === MINHASH_SIZE;
    for (let r = 0; r < PREFIX; r++) this.prefix[j * PREFIX + r] = full ? (sig[r] as number) : NaN;
  }

  private makeRoom(): void {
    const live = this.end - this.start;
    if (this.start > 0 && live * 2 <= this.post.length) {
      this.post.copyWithin(0, this.start, this.end);
      this.time.copyWithin(0, this.start, this.end);
      this.text.copyWithin(0, this.start, this.end);
      this.prefix.copyWithin(0, this.start * PREFIX, this.end * PREFIX);
    } else {
      const cap = this.post.length * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, size: number, make: (n: number) => T): T => {
        const b = make(size);
        b.set(a.subarray(this.start * (a.length / this.post.length), this.end * (a.length / this.post.length)));
        return b;
      };
      this.prefix = grow(this.prefix, cap * PREFIX, (n) => new Float64Array(n));
      this.time = grow(this.time, cap, (n) => new Float64Array(n));
      this.text = grow(this.text, cap, (n) => new Int32Array(n));
      this.post = grow(this.post, cap, (n) => new Int32Array(n));
    }
    this.end = live;
    this.start = 0;
  }

  /** A duplicate among the window's QMs: same text, or ≥ 0.8 estimated Jaccard. */
  scan(posts: readonly PostRecord[], text: number, hash: string, sig: readonly number[], probe: Float64Array): boolean {
    const full = sig.length === MINHASH_SIZE;
    if (full) for (let r = 0; r < PREFIX; r++) probe[r] = sig[r] as number;
    const texts = this.text;
    const prefix = this.prefix;
    for (let j = this.end - 1; j >= this.start; j--) {
      if (texts[j] === text && (posts[this.post[j] as number] as PostRecord).features.textHash === hash) return true;
      if (!full) continue;
      let r = 0;
      const base = j * PREFIX;
      while (r < PREFIX && prefix[base + r] !== probe[r]) r++;
      if (r < PREFIX && nearDuplicate((posts[this.post[j] as number] as PostRecord).features.minhash, sig)) return true;
    }
    return false;
  }
}

function powerOfTwoAtLeast(n: number): number {
  let c = 16;
  while (c < n) c *= 2;
  return c;
}

/**
 * A multimap from (author, 32-bit key) to QMs, in typed arrays with chained buckets. Entries
 * are prepended; one author's entries arrive in time order, so a walk meets an author's
 * entries under one key newest first and stops at the first one older than the window.
 */
class KeyIndex {
  private readonly head: Int32Array;
  private readonly mask: number;
  private keys: Int32Array = new Int32Array(1024);
  private authors: Int32Array = new Int32Array(1024);
  private times: Float64Array = new Float64Array(1024);
  private postOf: Int32Array = new Int32Array(1024);
  private next: Int32Array = new Int32Array(1024);
  private size = 0;

  constructor(expected: number) {
    const n = powerOfTwoAtLeast(2 * expected);
    this.head = new Int32Array(n).fill(-1);
    this.mask = n - 1;
  }

  add(key: number, author: number, t: number, post: number): void {
    if (this.size === this.keys.length) this.grow();
    const e = this.size++;
    const slot = key & this.mask;
    this.keys[e] = key;
    this.authors[e] = author;
    this.times[e] = t;
    this.postOf[e] = post;
    this.next[e] = this.head[slot] as number;
    this.head[slot] = e;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const i32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.keys = i32(this.keys);
    this.authors = i32(this.authors);
    this.postOf = i32(this.postOf);
    this.next = i32(this.next);
    const times = new Float64Array(n);
    times.set(this.times);
    this.times = times;
  }

  /** True if `match` accepts one of the author's posts under `key` not older than `cutoff`. */
  some(key: number, author: number, cutoff: number, posts: readonly PostRecord[], match: (q: PostRecord) => boolean): boolean {
    for (let e = this.head[key & this.mask] as number; e >= 0; e = this.next[e] as number) {
      if (this.keys[e] !== key || this.authors[e] !== author) continue;
      if ((this.times[e] as number) < cutoff) return false;
      if (match(posts[this.postOf[e] as number] as PostRecord)) return true;
    }
    return false;
  }
}

/**
 * Text and component indices for prolific authors, where scanning the window would grow
 * quadratic: by the same pigeonhole, a near-duplicate shares one of the first 13 components,
 * so 13 look-ups per post find every candidate whatever the window size.
 */
class FloodIndex {
  readonly texts: KeyIndex;
  readonly components: KeyIndex;
  constructor(candidates: number) {
    this.texts = new KeyIndex(candidates);
    this.components = new KeyIndex(candidates * 2);
  }

  add(posts: readonly PostRecord[], i: number): void {
    const p = posts[i] as PostRecord;
    this.texts.add(textKey(p.author, p.features.textHash), p.author, p.t, i);
    const sig = p.features.minhash;
    if (sig.length === MINHASH_SIZE) {
      for (let r = 0; r < PREFIX; r++) this.components.add(componentKey(p.author, r, sig[r] as number), p.author, p.t, i);
    }
  }

  isDuplicate(posts: readonly PostRecord[], p: PostRecord, cutoff: number): boolean {
    const author = p.author;
    const hash = p.features.textHash;
    const sig = p.features.minhash;
    if (this.texts.some(textKey(author, hash), author, cutoff, posts, (q) => q.features.textHash === hash)) return true;
    if (sig.length !== MINHASH_SIZE) return false;
    const similar = (q: PostRecord): boolean => nearDuplicate(q.features.minhash, sig);
    for (let r = 0; r < PREFIX; r++) {
      if (this.components.some(componentKey(author, r, sig[r] as number), author, cutoff, posts, similar)) return true;
    }
    return false;
  }
}

/**
 * Marks every post `qm` / `counted`, in time order:
 * - only visible posts by counted actors (members) can qualify;
 * - at least 5 words outside quotes;
 * - not a near-duplicate (same text hash, or ≥ 0.8 estimated Jaccard) of a QM by the same
 *   author at most 7 days earlier; copies never enter the window, so the first of many
 *   copies qualifies and the others cannot;
 * - of one author's QMs, the first 10 of each UTC day are `counted`; later ones stay QMs
 *   (they still disqualify their copies) but count in no metric.
 */
function classify(posts: PostRecord[], memberCount: number): void {
  const windows: (AuthorWindow | undefined)[] = new Array(memberCount);
  let flood: FloodIndex | null = null;
  const probe = new Float64Array(PREFIX);

  for (let i = 0; i < posts.length; i++) {
    const p = posts[i] as PostRecord;
    if (p.author < 0 || !p.visible || p.features.wordCount < QM_MIN_WORDS) continue;
    let w = windows[p.author];
    if (!w) windows[p.author] = w = new AuthorWindow();
    const cutoff = p.t - DUPLICATE_WINDOW_MS;
    const hash = p.features.textHash;
    const sig = p.features.minhash;

    let duplicate: boolean;
    if (w.indexed) {
      duplicate = (flood as FloodIndex).isDuplicate(posts, p, cutoff);
    } else {
      w.expire(cutoff);
      duplicate = w.scan(posts, textKey(p.author, hash), hash, sig, probe);
    }
    if (duplicate) continue;

    p.qm = true;
    if (w.indexed) {
      (flood as FloodIndex).add(posts, i);
    } else {
      w.push(i, p.t, textKey(p.author, hash), sig);
      if (w.size > INDEX_FROM) {
        // A prolific author: from now on looked up in the index, in linear time.
        flood ??= new FloodIndex(posts.length);
        for (let j = w.start; j < w.end; j++) flood.add(posts, w.post[j] as number);
        w.indexed = true;
      }
    }

    const day = Math.floor(p.t / DAY_MS);
    if (day !== w.day) {
      w.day = day;
      w.dayCount = 0;
    }
    w.dayCount++;
    p.counted = w.dayCount <= DAILY_QM_CAP;
  }
}
