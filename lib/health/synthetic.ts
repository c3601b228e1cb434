// A seeded, pure generator of realistic group activity, for benchmarks and property tests.
// It never reads the clock or Math.random: the same seed and `now` give the same activity.

import { analyzePost } from "./analyze-post";
import { DAY_MS, HOUR_MS } from "./constants";
import type { GroupActivity, PostFeatures } from "./types";

/** Mulberry32: a tiny, fast 32-bit PRNG returning floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Zipf-like pick among n items: low indices are much more frequent (natural word use). */
function zipfIndex(rng: Rng, n: number, s = 1.1): number {
  const u = rng();
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, Math.pow(u, s)) - 1));
}

const EN = (
  "the of and to a in is it that for you was on are with as be this have not but at what from we " +
  "they by can an your all were when there one my their would so more about if out up like time " +
  "just know people into see think could good some them other than then now only its also after " +
  "use work first well way even new want because any these give day most us group meetup topic " +
  "discussion idea project garden bike repair soil compost tomato seeds river trail climbing rope " +
  "photography lens light evening market bread sourdough flour oven recipe neighbourhood library " +
  "book chapter author reading translation poem chess opening endgame puzzle python script data " +
  "model chart volunteers schedule saturday sunday morning weather rain autumn harvest workshop " +
  "beginner advanced question answer experience suggestion proposal vote budget tools bench map " +
  "route distance hill forest bird migration sketch paint colour canvas guitar chord rhythm choir"
).split(" ");

const FR = (
  "de la le et les des en un une du est que pour qui dans pas sur au il elle nous vous ils plus " +
  "par ce avec se son sa mais ou comme on tout bien aussi très fait être avoir faire dire peut " +
  "aujourd'hui l'été l'hiver l'atelier d'abord qu'il c'est j'ai n'est s'il jardin vélo réparation " +
  "compost tomates graines rivière sentier escalade corde photographie objectif lumière soirée " +
  "marché pain levain farine four recette quartier bibliothèque livre chapitre auteur lecture " +
  "traduction poème échecs ouverture finale problème script données modèle graphique bénévoles " +
  "calendrier samedi dimanche matin météo pluie automne récolte débutant avancé question réponse " +
  "expérience suggestion proposition vote budget outils banc carte itinéraire colline forêt oiseau " +
  "migration croquis peinture couleur toile guitare accord rythme chorale rencontre projet idée"
).split(" ");

function sentence(rng: Rng, vocab: readonly string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocab[zipfIndex(rng, vocab.length)] as string);
  const first = out[0] as string;
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return out.join(" ") + pick(rng, [".", ".", ".", "!", "?"]);
}

function paragraph(rng: Rng, vocab: readonly string[], words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, intBetween(rng, 5, 18));
    parts.push(sentence(rng, vocab, n));
    left -= n;
  }
  return parts.join(" ");
}

/**
 * A varied markdown body in English or French: short, medium or long prose, sometimes with
 * a quote, code, a link, a bare URL, an image or a table, sometimes a one-word reaction.
 */
export function generateBody(rng: Rng): string {
  const vocab = rng() < 0.5 ? EN : FR;
  const roll = rng();
  if (roll < 0.05) return pick(rng, ["+1", "Merci !", "Thanks!", "Agreed.", "Oui", "lol"]);
  const words = roll < 0.35 ? intBetween(rng, 5, 20) : roll < 0.85 ? intBetween(rng, 20, 80) : intBetween(rng, 80, 300);
  const blocks: string[] = [];
  if (rng() < 0.15) blocks.push("> " + paragraph(rng, vocab, intBetween(rng, 5, 30)));
  let left = words;
  while (left > 0) {
    const n = Math.min(left, intBetween(rng, 15, 60));
    blocks.push(paragraph(rng, vocab, n));
    left -= n;
  }
  const extra = rng();
  if (extra < 0.05) blocks.push("```python\nfor row in rows:\n    print(row)\n```");
  else if (extra < 0.1) blocks.push(`See [the notes](https://example.org/notes/${intBetween(rng, 1, 999)}).`);
  else if (extra < 0.14) blocks.push(`https://example.com/page/${intBetween(rng, 1, 999)}`);
  else if (extra < 0.17) blocks.push(`![photo](/uploads/${intBetween(rng, 1, 999)}.jpg)`);
  else if (extra < 0.19) blocks.push("| day | who |\n|---|---|\n| sat | Ana |\n| sun | Léo |");
  else if (extra < 0.25) blocks.push("- " + sentence(rng, vocab, 6) + "\n- " + sentence(rng, vocab, 5));
  else if (extra < 0.3) blocks.push("**" + sentence(rng, vocab, 4) + "**");
  return blocks.join("\n\n");
}

export interface SyntheticOptions {
  seed: number;
  now: Date;
  members?: number;
  /** Threads opened in the last `days`. */
  threads?: number;
  /** Posts (openers included) in the last `days`. */
  posts?: number;
  days?: number;
  /** Posts older than `days`, up to `historyDays` ago (retention, regularity, 90-day windows). */
  olderPosts?: number;
  historyDays?: number;
  /** Distinct bodies analysed once and shared by the posts. */
  bodyPool?: number;
  groupAgeDays?: number;
  /** Share of posts by non-members (departed or banned). */
  nonMemberShare?: number;
  meetups?: number;
  projects?: number;
}

type Post = GroupActivity["posts"][number];

/**
 * A synthetic group: members with heavy-tailed activity, threads with reply trees (a reply
 * answers the opener or an earlier reply, hours later), reactions, meetups with check-ins and
 * follow-up threads, and projects with contributors and updates.
 */
export function generateSyntheticActivity(options: SyntheticOptions): GroupActivity {
  const rng = createRng(options.seed);
  const nowMs = options.now.getTime();
  const memberCount = options.members ?? 300;
  const threadCount = options.threads ?? 1500;
  const postCount = options.posts ?? 20000;
  const days = options.days ?? 30;
  const olderPosts = options.olderPosts ?? 0;
  const groupAgeDays = options.groupAgeDays ?? 400;
  // Nothing older than the group itself.
  const historyDays = Math.min(groupAgeDays, Math.max(days, options.historyDays ?? 120));
  const poolSize = options.bodyPool ?? 400;
  const nonMemberShare = options.nonMemberShare ?? 0.02;

  const pool: PostFeatures[] = [];
  for (let i = 0; i < poolSize; i++) pool.push(analyzePost(generateBody(rng)));

  const memberIds = Array.from({ length: memberCount }, (_, i) => `u${String(i + 1).padStart(5, "0")}`);
  const formerIds = Array.from({ length: Math.max(1, Math.round(memberCount / 20)) }, (_, i) => `x${i + 1}`);
  // Heavy-tailed activity: a few members write most messages.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < memberCount; i++) {
    total += 1 / Math.pow(i + 1, 0.9);
    cumulative.push(total);
  }
  const author = (): string => {
    if (rng() < nonMemberShare) return pick(rng, formerIds);
    const u = rng() * total;
    let lo = 0;
    let hi = memberCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return memberIds[lo] as string;
  };

  const threads: GroupActivity["threads"] = [];
  const posts: Post[] = [];
  let postSeq = 0;
  const newPost = (threadId: string, authorId: string, parentId: string | null, t: number): Post => {
    const p: Post = {
      id: `p${++postSeq}`,
      threadId,
      authorId,
      parentId,
      createdAt: new Date(t),
      visible: rng() > 0.02,
      features: pool[Math.floor(rng() * pool.length)] as PostFeatures,
    };
    posts.push(p);
    return p;
  };

  /** Threads opened between `fromDays` and `toDays` ago, holding `count` posts in all. */
  const fill = (count: number, nThreads: number, fromDays: number, toDays: number): void => {
    if (count <= 0) return;
    nThreads = Math.max(1, Math.min(nThreads, count));
    const spanMs = (toDays - fromDays) * DAY_MS;
    const endMs = nowMs - fromDays * DAY_MS;
    const replies = count - nThreads;
    // Heavy-tailed thread sizes.
    const weights = Array.from({ length: nThreads }, () => Math.pow(rng() + 0.05, 3));
    const wsum = weights.reduce((a, b) => a + b, 0);
    let assigned = 0;
    const sizes = weights.map((w) => {
      const n = Math.floor((w / wsum) * replies);
      assigned += n;
      return n;
    });
    for (let i = 0; assigned < replies; i = (i + 1) % nThreads, assigned++) sizes[i] = (sizes[i] as number) + 1;
    for (let i = 0; i < nThreads; i++) {
      const id = `t${threads.length + 1}`;
      const createdMs = endMs - rng() * spanMs;
      const authorId = author();
      threads.push({ id, authorId, createdAt: new Date(createdMs) });
      const inThread: Post[] = [newPost(id, authorId, null, createdMs)];
      for (let r = 0; r < (sizes[i] as number); r++) {
        const parent = rng() < 0.4 ? (inThread[0] as Post) : pick(rng, inThread);
        const parentMs = parent.createdAt.getTime();
        let t = parentMs + -Math.log(1 - rng()) * 6 * HOUR_MS;
        if (t > endMs) t = parentMs + rng() * Math.max(0, endMs - parentMs);
        inThread.push(newPost(id, author(), parent.id, t));
      }
    }
  };
  fill(postCount, threadCount, 0, Math.min(days, groupAgeDays));
  if (historyDays > days) fill(olderPosts, Math.round((threadCount * olderPosts) / Math.max(1, postCount)), days, historyDays);

  const reactions: GroupActivity["reactions"] = [];
  for (const p of posts) {
    const n = Math.floor(-Math.log(1 - rng()) * 0.8);
    for (let i = 0; i < n; i++) {
      const t = Math.min(nowMs, p.createdAt.getTime() + rng() * 2 * DAY_MS);
      reactions.push({ postId: p.id, userId: author(), createdAt: new Date(t) });
    }
  }

  const meetups: GroupActivity["meetups"] = [];
  const meetupCount = options.meetups ?? 6;
  for (let i = 0; i < meetupCount; i++) {
    const upcoming = i % 4 === 3;
    const startMs = upcoming ? nowMs + rng() * 60 * DAY_MS : nowMs - (5 + rng() * 120) * DAY_MS;
    const going = new Set<string>();
    const wanted = intBetween(rng, 2, 14);
    while (going.size < Math.min(wanted, memberCount)) going.add(author());
    const checkedIn = upcoming ? [] : [...going].filter(() => rng() < 0.75);
    const linkedThreadIds: string[] = [];
    if (!upcoming && checkedIn.length >= 2 && rng() < 0.7) {
      // A follow-up thread where some attendees write in the days after the meetup.
      const id = `t${threads.length + 1}`;
      const opener = checkedIn[0] as string;
      const t0 = Math.min(nowMs, startMs + rng() * 2 * DAY_MS);
      threads.push({ id, authorId: opener, createdAt: new Date(t0) });
      const first = newPost(id, opener, null, t0);
      for (const a of checkedIn.slice(1, 4)) newPost(id, a, first.id, Math.min(nowMs, t0 + rng() * 5 * DAY_MS));
      linkedThreadIds.push(id);
    }
    meetups.push({
      id: `m${i + 1}`,
      organizerIds: [author()],
      startsAt: new Date(startMs),
      cancelled: i % 7 === 5,
      goingIds: [...going],
      checkedInIds: checkedIn,
      linkedThreadIds,
    });
  }

  const projects: GroupActivity["projects"] = [];
  const projectCount = options.projects ?? 8;
  const statuses: GroupActivity["projects"][number]["status"][] = ["active", "active", "active", "completed", "proposed", "archived"];
  for (let i = 0; i < projectCount; i++) {
    const status = pick(rng, statuses);
    const contributors = new Set<string>();
    const wanted = intBetween(rng, 1, 7);
    while (contributors.size < Math.min(wanted, memberCount)) contributors.add(author());
    const updates: { authorId: string; createdAt: Date }[] = [];
    const nUpdates = intBetween(rng, 0, 12);
    for (let u = 0; u < nUpdates; u++) {
      updates.push({ authorId: pick(rng, [...contributors]), createdAt: new Date(nowMs - rng() * 200 * DAY_MS) });
    }
    projects.push({
      id: `pr${i + 1}`,
      sourceThreadId: rng() < 0.6 && threads.length > 0 ? (pick(rng, threads).id) : null,
      status,
      completedAt: status === "completed" ? new Date(nowMs - rng() * 150 * DAY_MS) : null,
      contributorIds: [...contributors],
      updates,
    });
  }

  return {
    groupId: `g-synthetic-${options.seed}`,
    createdAt: new Date(nowMs - groupAgeDays * DAY_MS),
    memberIds,
    threads,
    posts,
    reactions,
    meetups,
    projects,
  };
}
