/**
 * Demo meetups, after the discussions are in the database (`seedMeetups(ctx)` runs after
 * `seedDiscussions(ctx)`, and before health snapshots are computed so they include meetups). The story by group (see content/index.ts):
 *
 * - the thriving group (City Gardeners) meets often: four held meetups in the last 90 days,
 *   each with several check-ins and linked to a thread where attendees posted follow-ups in
 *   the two weeks after it, plus two upcoming ones with RSVPs and a waitlist;
 * - the healthy groups and the French one meet now and then: the data-viz club and the
 *   Ateliers Vélo last met over three months ago (history and trend, not today's score; the
 *   club's next session was cancelled, the Ateliers have one coming up), and the repair café,
 *   three weeks old, is about to hold its first session. Their intended state stays "healthy"
 *   once projects are seeded too (a held meetup in the window would make them thriving);
 * - the astronomy dark-sky trip was half-held (people said yes, clouds came, two showed up);
 * - the private organizers' circle has an online planning call ahead (members only, and in its
 *   calendar feed for members' keys);
 * - the dormant group, and the founders' coffee that never happened, have none.
 *
 * Follow-ups are found in the seeded posts rather than hard-coded, so the story holds when the
 * content changes: a held meetup starts the evening before a day when at least three members
 * posted substantial, distinct messages in a thread of its group, and those members attend.
 */
import { DateTime } from "luxon";
import { analyzePost } from "@/lib/health";
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { formatInZone } from "@/lib/meetups/time";
import type { MembershipRole, RsvpStatus } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./context";
import type { SeedGroup } from "./content/types";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Follow-ups count within 14 days of the start (health model, dimension C). */
const FOLLOW_UP_MS = 14 * DAY;
/** Words for a follow-up to be clearly a qualifying message, not a "+1". */
const FOLLOW_UP_MIN_WORDS = 8;
const ORGANIZING_ROLES: MembershipRole[] = ["owner", "moderator", "organizer"];

interface Member {
  userId: string;
  role: MembershipRole;
  joinedAt: Date;
}

interface PostRow {
  threadId: number;
  authorId: string;
  createdAt: Date;
  textHash: string;
}

interface Candidate {
  threadId: number;
  startsAt: Date;
  followers: string[];
}

interface MeetupPlan {
  groupId: string;
  organizerId: string;
  title: string;
  description: string;
  venueName: string | null;
  venueAddress: string | null;
  online?: boolean;
  onlineUrl?: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  rsvpDeadline?: Date | null;
  threadIds: number[];
  cancelled?: { at: Date; reason: string };
  going: string[];
  waitlist?: string[];
  maybe?: string[];
  notGoing?: string[];
  /** Who came: going people, plus walk-ins who had not said "going". */
  checkIns?: string[];
  /** Members told "new meetup" when it was scheduled (upcoming meetups only). */
  announce?: boolean;
}

/** A small deterministic PRNG (mulberry32), so every seed run tells the same story. */
function prng(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `daysFromNow` days from `now`, at hour:minute local time in `zone`. */
function localAt(now: Date, daysFromNow: number, zone: string, hour: number, minute = 0): Date {
  return DateTime.fromMillis(now.getTime() + daysFromNow * DAY, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/** The next `weekday` (1 = Monday … 6 = Saturday) at hour:minute in `zone`, at least `minAhead` ms after `now`. */
function nextWeekday(now: Date, weekday: number, zone: string, hour: number, minAheadMs: number): Date {
  let day = DateTime.fromJSDate(now, { zone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  while (day.weekday !== weekday || day.toMillis() < now.getTime() + minAheadMs) day = day.plus({ days: 1 });
  return day.toJSDate();
}

/**
 * Candidate held meetups with follow-ups: for each thread and each local day with posts, a
 * meetup the evening before (18:30), followed by the distinct members who posted substantial,
 * distinct messages in that thread within 14 days. Only starts in [from, to], at least a day
 * after the thread opened, are kept.
 */
function followUpCandidates(posts: PostRow[], threadOpenedAt: Map<number, Date>, members: Map<string, Member>, zone: string, from: Date, to: Date): Candidate[] {
  const byThread = new Map<number, PostRow[]>();
  for (const post of posts) byThread.set(post.threadId, [...(byThread.get(post.threadId) ?? []), post]);
  const candidates: Candidate[] = [];
  for (const [threadId, threadPosts] of byThread) {
    const starts = new Set<number>();
    for (const post of threadPosts) {
      starts.add(DateTime.fromJSDate(post.createdAt, { zone }).minus({ days: 1 }).set({ hour: 18, minute: 30, second: 0, millisecond: 0 }).toMillis());
    }
    // The meetup deepens a discussion that already exists: it starts a day after the thread opened.
    const openedAt = threadOpenedAt.get(threadId)?.getTime() ?? Number.POSITIVE_INFINITY;
    for (const start of starts) {
      if (start < from.getTime() || start > to.getTime() || start < openedAt + DAY) continue;
      const followers: string[] = [];
      const seenTexts = new Set<string>();
      for (const post of threadPosts.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
        const at = post.createdAt.getTime();
        if (at <= start || at > start + FOLLOW_UP_MS || followers.includes(post.authorId)) continue;
        const member = members.get(post.authorId);
        if (!member || member.joinedAt.getTime() > start - DAY || seenTexts.has(post.textHash)) continue;
        seenTexts.add(post.textHash);
        followers.push(post.authorId);
      }
      if (followers.length >= 3) candidates.push({ threadId, startsAt: new Date(start), followers });
    }
  }
  // More follow-up authors first; earlier start breaks ties (deterministic).
  return candidates.sort((a, b) => b.followers.length - a.followers.length || a.startsAt.getTime() - b.startsAt.getTime() || a.threadId - b.threadId);
}

/** Picks `count` candidates spread over [from, to] (one per slice), on distinct threads, at least 9 days apart. */
function pickSpread(candidates: Candidate[], count: number, from: Date, to: Date): Candidate[] {
  const chosen: Candidate[] = [];
  const slice = (to.getTime() - from.getTime()) / count;
  const fits = (candidate: Candidate) =>
    chosen.every((other) => other.threadId !== candidate.threadId && Math.abs(other.startsAt.getTime() - candidate.startsAt.getTime()) >= 9 * DAY);
  for (let i = 0; i < count; i++) {
    const lo = from.getTime() + i * slice;
    const hi = lo + slice;
    const best = candidates.find((candidate) => candidate.startsAt.getTime() >= lo && candidate.startsAt.getTime() < hi && fits(candidate));
    if (best) chosen.push(best);
  }
  // A slice without a candidate: take the best remaining anywhere.
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    if (fits(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export async function seedMeetups(ctx: SeedContext): Promise<void> {
  const { db, content, now } = ctx;
  const threadTitle = new Map<number, string>();
  for (const group of content.groups) for (const thread of group.threads) threadTitle.set(ctx.threadIds.get(thread.key)!.id, thread.title);
  const threadId = (key: string): number | null => ctx.threadIds.get(key)?.id ?? null;
  const userId = (key: string): string | null => ctx.userIds.get(key) ?? null;

  async function loadGroup(group: SeedGroup) {
    const groupId = ctx.groupIds.get(group.slug);
    if (!groupId) throw new Error(`seedMeetups: group ${group.slug} was not seeded`);
    const [memberships, threads, rawPosts] = await Promise.all([
      db.membership.findMany({ where: { groupId, status: "active" }, select: { userId: true, role: true, joinedAt: true } }),
      db.thread.findMany({ where: { groupId }, select: { id: true, createdAt: true } }),
      db.post.findMany({
        where: { thread: { groupId }, deletedAt: null, createdAt: { gte: new Date(now.getTime() - 130 * DAY) } },
        select: { threadId: true, authorId: true, createdAt: true, body: true },
      }),
    ]);
    // Features are analysed here (the seed may fill the stored ones later, in its backfill).
    const posts: PostRow[] = [];
    for (const post of rawPosts) {
      const features = analyzePost(post.body);
      if (features.wordCount >= FOLLOW_UP_MIN_WORDS) posts.push({ threadId: post.threadId, authorId: post.authorId, createdAt: post.createdAt, textHash: features.textHash });
    }
    const members = new Map(memberships.map((member) => [member.userId, member]));
    const organizers = memberships.filter((member) => ORGANIZING_ROLES.includes(member.role)).map((member) => member.userId);
    /** The story's organizer when they may organize in this group, else the group's first organizer. */
    const organizerFor = (preferredKey?: string) => {
      const preferred = preferredKey ? userId(preferredKey) : null;
      return preferred && organizers.includes(preferred) ? preferred : organizers[0]!;
    };
    /** Members (by content key) who belong to the group, in order. */
    const keysToMembers = (keys: string[]) => keys.map(userId).filter((id): id is string => id !== null && members.has(id));
    const openedAt = new Map(threads.map((thread) => [thread.id, thread.createdAt]));
    /** Follow-up candidates of this group in [from, to] (see followUpCandidates). */
    const candidates = (zone: string, from: Date, to: Date) => followUpCandidates(posts, openedAt, members, zone, from, to);
    return { groupId, members, candidates, organizers, organizerFor, keysToMembers, random: prng(group.slug) };
  }
  type Loaded = Awaited<ReturnType<typeof loadGroup>>;

  /** Others who joined before `at`, to fill a room: never the people already listed. */
  function others(loaded: Loaded, at: Date, exclude: string[], count: number): string[] {
    const pool = [...loaded.members.values()].filter((member) => member.joinedAt.getTime() < at.getTime() - DAY && !exclude.includes(member.userId)).map((member) => member.userId);
    return shuffle(pool.sort(), loaded.random).slice(0, count);
  }

  /** A held meetup built from a follow-up candidate: its followers came, with the organizer and a few others. */
  function heldFrom(loaded: Loaded, candidate: Candidate, options: { organizerId: string; title: string; description: string; venueName: string; venueAddress: string; timeZone: string; hours: number; extraThreadIds?: number[] }): MeetupPlan {
    const came = [...new Set([options.organizerId, ...candidate.followers.slice(0, 5)])];
    const alsoCame = others(loaded, candidate.startsAt, came, 2);
    const noShows = others(loaded, candidate.startsAt, [...came, ...alsoCame], 2);
    const walkIn = others(loaded, candidate.startsAt, [...came, ...alsoCame, ...noShows], 1);
    return {
      groupId: loaded.groupId,
      organizerId: options.organizerId,
      title: options.title,
      description: options.description,
      venueName: options.venueName,
      venueAddress: options.venueAddress,
      timeZone: options.timeZone,
      startsAt: candidate.startsAt,
      endsAt: new Date(candidate.startsAt.getTime() + options.hours * HOUR),
      capacity: null,
      threadIds: [...new Set([candidate.threadId, ...(options.extraThreadIds ?? [])])],
      going: [...came, ...alsoCame, ...noShows],
      maybe: others(loaded, candidate.startsAt, [...came, ...alsoCame, ...noShows, ...walkIn], 2),
      checkIns: [...came, ...alsoCame, ...walkIn],
    };
  }

  /** A held meetup when the content has no follow-up window at that time: people came, nobody wrote about it. */
  function pastWithoutFollowUp(loaded: Loaded, options: { organizerId: string; title: string; description: string; venueName: string; venueAddress: string; timeZone: string; startsAt: Date; hours: number }): MeetupPlan {
    const came = [options.organizerId, ...others(loaded, options.startsAt, [options.organizerId], 4)];
    return {
      groupId: loaded.groupId,
      organizerId: options.organizerId,
      title: options.title,
      description: options.description,
      venueName: options.venueName,
      venueAddress: options.venueAddress,
      timeZone: options.timeZone,
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + options.hours * HOUR),
      capacity: null,
      threadIds: [],
      going: came,
      checkIns: came,
    };
  }

  const plans: MeetupPlan[] = [];
  const bySlug = new Map(content.groups.map((group) => [group.slug, group]));

  // ── City Gardeners (thriving) ──────────────────────────────────────────────────────────
  const garden = bySlug.get("city-gardeners");
  if (garden) {
    const loaded = await loadGroup(garden);
    const zone = "Europe/Paris";
    const from = new Date(now.getTime() - 86 * DAY);
    const to = new Date(now.getTime() - 5 * DAY);
    const held = pickSpread(loaded.candidates(zone, from, to), 4, from, to);
    const hosts = [loaded.organizerFor("organizer"), loaded.organizerFor("priya")];
    const venues = [
      ["Community room, branch library", "14 rue de la Fontaine-au-Roi, Paris"],
      ["Jardin partagé des Lilas (tool shed)", "Passage des Lilas, Paris"],
      ["Café Le Potager, back room", "3 place Sainte-Marthe, Paris"],
      ["Jardin partagé des Lilas (tool shed)", "Passage des Lilas, Paris"],
    ] as const;
    held.forEach((candidate, index) => {
      const topic = threadTitle.get(candidate.threadId) ?? "the garden";
      plans.push(
        heldFrom(loaded, candidate, {
          organizerId: hosts[index % hosts.length]!,
          title: index === 0 ? "Garden circle: hands-on evening" : `Garden circle #${index + 1}`,
          description: `An evening to go deeper into “${topic}” together: bring questions, samples and photos.\n\nAfterwards, please post what you took away in the thread, for those who could not come.`,
          venueName: venues[index % venues.length]![0],
          venueAddress: venues[index % venues.length]![1],
          timeZone: zone,
          hours: 2.5,
        }),
      );
    });
    if (held.length < 4) ctx.log(`meetups: only ${held.length} followed-through meetups found for ${garden.slug} (content changed?)`);

    const kidsPlot = threadId("garden-kids-plot");
    const seedSwap = threadId("garden-seed-swap");
    const planting = nextWeekday(now, 6, zone, 10, 2 * DAY);
    // Full, so a waitlist forms; its host takes no seat (decision 004 §3b).
    const plantingGoing = loaded.keysToMembers(["amelie", "kwame", "sofia", "aisha", "mei", "grace", "diego", "elena", "hannah"]).filter((userId) => userId !== hosts[0]);
    plans.push({
      groupId: loaded.groupId,
      organizerId: hosts[0]!,
      title: "Kids' plot planting morning",
      description:
        "Planting the new children's plot together: raised bed, strawberries, sunflowers and a bean tipi.\n\n- Bring gloves and a trowel if you have them\n- Tea and biscuits provided\n- Children welcome with an adult",
      venueName: "Jardin partagé des Lilas",
      venueAddress: "Passage des Lilas, Paris",
      timeZone: zone,
      startsAt: planting,
      endsAt: new Date(planting.getTime() + 3 * HOUR),
      capacity: plantingGoing.length,
      rsvpDeadline: new Date(planting.getTime() - 12 * HOUR),
      threadIds: kidsPlot ? [kidsPlot] : [],
      going: plantingGoing,
      // The demo member is first in line: the page shows their waitlist place.
      waitlist: loaded.keysToMembers(["member", "lucy", "noah"]),
      maybe: loaded.keysToMembers(["oliver", "zoe"]),
      notGoing: loaded.keysToMembers(["lukas"]),
      announce: true,
    });
    const workshop = nextWeekday(now, 3, zone, 19, 12 * DAY);
    plans.push({
      groupId: loaded.groupId,
      organizerId: hosts[1]!,
      title: "Seed-saving workshop: the easy five",
      description: "Isabel shows how to save seeds of beans, peas, tomatoes, lettuce and chillies, with a handout to take home. No registration limit.",
      venueName: "Community room, branch library",
      venueAddress: "14 rue de la Fontaine-au-Roi, Paris",
      timeZone: zone,
      startsAt: workshop,
      endsAt: new Date(workshop.getTime() + 2 * HOUR),
      capacity: null,
      threadIds: seedSwap ? [seedSwap] : [],
      going: [hosts[1]!, ...loaded.keysToMembers(["isabel", "oliver", "tomas", "grace", "member", "maya"])],
      maybe: loaded.keysToMembers(["ana", "yusuf", "nadia"]),
      announce: true,
    });
  }

  // ── Neighbourhood Repair Café (healthy, 20 days old): the first session is coming up ────
  const repair = bySlug.get("neighbourhood-repair-cafe");
  if (repair) {
    const loaded = await loadGroup(repair);
    const zone = "Europe/London";
    const host = loaded.organizerFor("organizer");
    const firstSession = threadId("repair-first-session");
    const session = nextWeekday(now, 6, zone, 14, 2 * DAY);
    plans.push({
      groupId: loaded.groupId,
      organizerId: host,
      title: "Repair café: first session",
      description:
        "Our first repair café! Bring a broken lamp, toaster, jumper or bike light and fix it with a volunteer.\n\n- One table for electrical items, one for textiles, one for everything else\n- **No microwaves**, please\n- Cake by Margaux",
      venueName: "Mill Lane Community Centre, main hall",
      venueAddress: "Mill Lane, London",
      timeZone: zone,
      startsAt: session,
      endsAt: new Date(session.getTime() + 3 * HOUR),
      capacity: 40,
      threadIds: firstSession ? [firstSession] : [],
      going: [...new Set([host, ...loaded.keysToMembers(["fatou", "tomas", "admin", "margaux", "member", "aisha", "lucy"])])],
      announce: true,
    });
  }

  // ── Les Ateliers Vélo (healthy, French) ────────────────────────────────────────────────
  const velo = bySlug.get("ateliers-velo");
  if (velo) {
    const loaded = await loadGroup(velo);
    const zone = "Europe/Paris";
    const host = loaded.organizerFor("organizer");
    // The last evening workshop was three months ago: it shows in the history (and in the
    // trend), not in today's 90-day window, so the group stays "healthy" with an upcoming one.
    const from = new Date(now.getTime() - 125 * DAY);
    const to = new Date(now.getTime() - 95 * DAY);
    const [best] = loaded.candidates(zone, from, to);
    plans.push(
      best
        ? heldFrom(loaded, best, {
            organizerId: host,
            title: "Atelier mécanique du soir",
            description: `Soirée d'atelier pour approfondir « ${threadTitle.get(best.threadId) ?? "la mécanique vélo"} » : on démonte, on règle, on explique.\n\nAprès l'atelier, racontez ce que vous avez appris dans la discussion !`,
            venueName: "Local de l'association",
            venueAddress: "12 rue des Tanneurs, Lyon",
            timeZone: zone,
            hours: 2.5,
          })
        : pastWithoutFollowUp(loaded, { organizerId: host, title: "Atelier mécanique du soir", description: "Soirée d'atelier : on démonte, on règle, on explique.", venueName: "Local de l'association", venueAddress: "12 rue des Tanneurs, Lyon", timeZone: zone, startsAt: localAt(now, -100, zone, 18, 30), hours: 2.5 }),
    );
    const saturday = threadId("velo-atelier-samedi");
    const nextSaturday = nextWeekday(now, 6, zone, 10, 18 * HOUR);
    plans.push({
      groupId: loaded.groupId,
      organizerId: host,
      title: "Atelier participatif du samedi",
      description: "Atelier ouvert à toutes et tous, 10 h – 13 h. Venez avec votre vélo (ou juste pour apprendre) : freins, crevaisons, roues voilées, dérailleurs.",
      venueName: "Local de l'association",
      venueAddress: "12 rue des Tanneurs, Lyon",
      timeZone: zone,
      startsAt: nextSaturday,
      endsAt: new Date(nextSaturday.getTime() + 3 * HOUR),
      capacity: 12,
      threadIds: saturday ? [saturday] : [],
      going: [...new Set([host, ...loaded.keysToMembers(["theo", "camille", "samir", "lea", "julien"])])],
      maybe: loaded.keysToMembers(["hugo"]),
      announce: true,
    });
  }

  // ── Data Visualization Club (healthy): one held, one cancelled ─────────────────────────
  const dataviz = bySlug.get("data-viz-club");
  if (dataviz) {
    const loaded = await loadGroup(dataviz);
    const zone = "Europe/Berlin";
    const host = loaded.organizerFor("elena");
    // The club used to meet; its last critique night was over three months ago, and the next
    // session was cancelled: meetups show in its history and trend, not in today's score.
    const from = new Date(now.getTime() - 125 * DAY);
    const to = new Date(now.getTime() - 95 * DAY);
    const [best] = loaded.candidates(zone, from, to);
    const critique = { organizerId: host, title: "Chart critique night", venueName: "Coworking Spreeblick, event room", venueAddress: "Am Spreeufer 5, Berlin", timeZone: zone, hours: 2 };
    plans.push(
      best
        ? heldFrom(loaded, best, { ...critique, description: `Bring a chart you made (or love, or hate) and we critique it together. Tonight's thread: “${threadTitle.get(best.threadId) ?? "charts"}”.` })
        : pastWithoutFollowUp(loaded, { ...critique, description: "Bring a chart you made (or love, or hate) and we critique it together.", startsAt: localAt(now, -100, zone, 19) }),
    );
    const cancelledAt = localAt(now, -40, zone, 19);
    plans.push({
      groupId: loaded.groupId,
      organizerId: host,
      title: "Maps and D3: hands-on session",
      description: "Building a choropleth from scratch.",
      venueName: "Coworking Spreeblick, event room",
      venueAddress: "Am Spreeufer 5, Berlin",
      timeZone: zone,
      startsAt: cancelledAt,
      endsAt: new Date(cancelledAt.getTime() + 2 * HOUR),
      capacity: 15,
      threadIds: [],
      cancelled: { at: new Date(cancelledAt.getTime() - 3 * DAY), reason: "The venue double-booked the room. We will find a new date." },
      going: others(loaded, cancelledAt, [host], 4),
    });
  }

  // ── Amateur Astronomy Night: the dark-sky trip, half-held (clouds) ─────────────────────
  const astronomy = bySlug.get("amateur-astronomy-night");
  if (astronomy) {
    const loaded = await loadGroup(astronomy);
    const zone = "Europe/London";
    const host = loaded.organizerFor("organizer");
    const trip = localAt(now, -5, zone, 20, 30);
    const said = [...new Set([host, ...loaded.keysToMembers(["noah"])])];
    const going = [...said, ...others(loaded, trip, said, 4 - said.length)];
    plans.push({
      groupId: loaded.groupId,
      organizerId: host,
      title: "Dark-sky trip to the plateau (new moon)",
      description: "Carpool to the plateau car park, about an hour away. Warm clothes! We leave around sunset and are back after midnight.",
      venueName: "Plateau car park",
      venueAddress: "Moor Road viewpoint",
      timeZone: zone,
      startsAt: trip,
      endsAt: new Date(trip.getTime() + 4.5 * HOUR),
      capacity: 4,
      threadIds: [threadId("astro-dark-sky-trip")].filter((id): id is number => id !== null),
      going,
      notGoing: loaded.keysToMembers(["sofia"]),
      checkIns: going.slice(0, 2),
    });
  }

  // ── Community Organizers Circle (private): an online planning call ahead ────────────────
  // Its members see it, and the private group's calendar feed (with their key) carries it;
  // nobody else does.
  const circle = bySlug.get("community-organizers-circle");
  if (circle) {
    const loaded = await loadGroup(circle);
    const zone = "Europe/London";
    const host = loaded.organizerFor("organizer");
    const call = localAt(now, 9, zone, 19);
    const calendarThread = threadId("circle-shared-calendar");
    plans.push({
      groupId: loaded.groupId,
      organizerId: host,
      title: "Shared calendar: a planning call",
      description: "An hour to sketch the shared calendar of our groups' meetups: which groups, which dates, and who checks for clashes. Notes go in the thread afterwards.",
      venueName: null,
      venueAddress: null,
      online: true,
      onlineUrl: "https://meet.jit.si/toile-organizers-circle",
      timeZone: zone,
      startsAt: call,
      endsAt: new Date(call.getTime() + HOUR),
      capacity: null,
      threadIds: calendarThread ? [calendarThread] : [],
      going: [...new Set([host, ...loaded.keysToMembers(["fatou", "julien", "admin"])])],
      maybe: loaded.keysToMembers(["nadia"]),
      announce: true,
    });
  }

  await writePlans(ctx, plans);
}

/** Inserts the planned meetups with their answers, check-ins and announcements. */
async function writePlans(ctx: SeedContext, plans: MeetupPlan[]): Promise<void> {
  const { db, now } = ctx;
  const groups = new Map((await db.group.findMany({ select: { id: true, slug: true, name: true } })).map((group) => [group.id, group]));
  let rsvpCount = 0;
  let checkInCount = 0;
  let notificationCount = 0;
  for (const plan of plans) {
    // Scheduled three weeks ahead (or a day ago for the near ones), edited once since.
    const createdAt = new Date(Math.min(now.getTime() - DAY, plan.startsAt.getTime() - 21 * DAY));
    const updatedAt = new Date(Math.min(now.getTime() - HOUR, createdAt.getTime() + 2 * DAY));
    const answeredAt = (index: number) => new Date(Math.min(now.getTime() - 30 * 60_000, createdAt.getTime() + (index + 1) * 3 * HOUR));
    const remindedAt = plan.startsAt < now ? new Date(plan.startsAt.getTime() - 20 * HOUR) : null;
    const meetup = await db.meetup.create({
      data: {
        groupId: plan.groupId,
        organizerId: plan.organizerId,
        title: plan.title,
        description: plan.description,
        descriptionHtml: renderMarkdown(plan.description),
        renderVersion: RENDER_VERSION,
        venueName: plan.venueName,
        venueAddress: plan.venueAddress,
        online: plan.online ?? false,
        onlineUrl: plan.onlineUrl ?? null,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        timeZone: plan.timeZone,
        capacity: plan.capacity,
        rsvpDeadline: plan.rsvpDeadline ?? null,
        cancelledAt: plan.cancelled?.at ?? null,
        cancelReason: plan.cancelled?.reason ?? null,
        // Past meetups had their reminder (their host, and below everyone going); upcoming ones get it from the job.
        hostRemindedAt: remindedAt,
        sequence: plan.cancelled ? 2 : 1,
        createdAt,
        updatedAt: plan.cancelled ? plan.cancelled.at : updatedAt,
        threads: { createMany: { data: plan.threadIds.map((threadId) => ({ threadId })) } },
      },
      select: { id: true },
    });

    const rows: { meetupId: number; userId: string; status: RsvpStatus; waitlistedAt: Date | null; remindedAt: Date | null; createdAt: Date; updatedAt: Date }[] = [];
    const add = (userId: string, status: RsvpStatus) => {
      // The host hosts: no answer, no seat (decision 004 §3b); the plans list them among who came.
      if (userId === plan.organizerId || rows.some((row) => row.userId === userId)) return;
      const at = answeredAt(rows.length);
      rows.push({ meetupId: meetup.id, userId, status, waitlistedAt: status === "waitlisted" ? at : null, remindedAt: status === "going" ? remindedAt : null, createdAt: at, updatedAt: at });
    };
    plan.going.forEach((userId) => add(userId, "going"));
    (plan.waitlist ?? []).forEach((userId) => add(userId, "waitlisted"));
    (plan.maybe ?? []).forEach((userId) => add(userId, "maybe"));
    (plan.notGoing ?? []).forEach((userId) => add(userId, "not_going"));
    await db.rsvp.createMany({ data: rows });
    rsvpCount += rows.length;

    const going = new Set(plan.going);
    const checkIns = [...new Set(plan.checkIns ?? [])].map((userId, index) => ({
      meetupId: meetup.id,
      userId,
      checkedInById: plan.organizerId,
      walkIn: !going.has(userId) && userId !== plan.organizerId,
      createdAt: new Date(plan.startsAt.getTime() + (10 + index * 3) * 60_000),
    }));
    await db.checkIn.createMany({ data: checkIns });
    checkInCount += checkIns.length;

    const group = groups.get(plan.groupId)!;
    const url = `/g/${group.slug}/meetups/${meetup.id}`;
    // Worded as the app words them (lib/meetups/mutations.ts), year and zone included.
    const when = formatInZone(plan.startsAt, plan.timeZone);
    const notifications = [];
    if (plan.announce) {
      const members = await db.membership.findMany({ where: { groupId: plan.groupId, status: "active", userId: { not: plan.organizerId } }, select: { userId: true } });
      for (const { userId } of members) {
        notifications.push({ userId, kind: "meetup.created", message: `New meetup in ${group.name}: “${plan.title}”, ${when}.`, url, eventAt: plan.startsAt, eventTimeZone: plan.timeZone, dedupeKey: `meetup.created:${meetup.id}:${userId}`, createdAt });
      }
    }
    for (const checkIn of checkIns) {
      notifications.push({
        userId: checkIn.userId,
        kind: "meetup.attended",
        message: `Thanks for coming to “${plan.title}”! Share what you took away in the linked discussion.`,
        url: `${url}#follow-up`,
        dedupeKey: `meetup.attended:${meetup.id}:${checkIn.userId}`,
        createdAt: checkIn.createdAt,
        readAt: checkIn.createdAt,
      });
    }
    if (plan.cancelled) {
      for (const row of rows) {
        if (row.userId === plan.organizerId) continue;
        notifications.push({ userId: row.userId, kind: "meetup.cancelled", message: `“${plan.title}” (${when}) was cancelled: ${plan.cancelled.reason}`, url, eventAt: plan.startsAt, eventTimeZone: plan.timeZone, dedupeKey: `meetup.cancelled:${meetup.id}:${row.userId}`, createdAt: plan.cancelled.at });
      }
    }
    await db.notification.createMany({ data: notifications, skipDuplicates: true });
    notificationCount += notifications.length;
  }
  ctx.log(`${plans.length} meetups, ${rsvpCount} RSVPs, ${checkInCount} check-ins, ${notificationCount} notifications`);
}
