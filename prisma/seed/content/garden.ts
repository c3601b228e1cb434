/** City Gardeners: the thriving group. Daily, rich, many voices, deep threads. */
import { gardenAnswers, gardenPool, gardenThreadSeeds } from "./garden-pool";
import { gardenHandWritten } from "./garden-threads";
import {
  decorateLikes,
  finalizeMembers,
  generateThreads,
  GroupState,
  interleave,
  intBetween,
  md,
  mulberry32,
  type RosterEntry,
  spreadDays,
  type ThreadPlan,
  type Weighted,
} from "./generate";
import type { SeedGroup } from "./types";
import { firstNames } from "./users";

const CREATED = 400;

const roster: RosterEntry[] = [
  { user: "amelie", role: "owner", joinedDaysAgo: CREATED },
  { user: "moderator", role: "moderator", joinedDaysAgo: 398 },
  { user: "tomas", role: "moderator", joinedDaysAgo: 397 },
  { user: "organizer", role: "organizer", joinedDaysAgo: 396 },
  { user: "priya", role: "organizer", joinedDaysAgo: 396 },
  { user: "member", role: "member", joinedDaysAgo: 150 },
  { user: "kwame", role: "member", joinedDaysAgo: 395 },
  { user: "sofia", role: "member", joinedDaysAgo: 340 },
  { user: "aisha", role: "member", joinedDaysAgo: 310 },
  { user: "oliver", role: "member", joinedDaysAgo: 130 },
  { user: "mei", role: "member", joinedDaysAgo: 280 },
  { user: "grace", role: "member", joinedDaysAgo: 300 },
  { user: "diego", role: "member", joinedDaysAgo: 260 },
  { user: "elena", role: "member", joinedDaysAgo: 250 },
  { user: "lukas", role: "member", joinedDaysAgo: 220 },
  { user: "hannah", role: "member", joinedDaysAgo: 240 },
  { user: "yusuf", role: "member", joinedDaysAgo: 200 },
  { user: "isabel", role: "member", joinedDaysAgo: 380 },
  { user: "maya", role: "member", joinedDaysAgo: 160 },
  { user: "zoe", role: "member", joinedDaysAgo: 170 },
  { user: "lucy", role: "member", joinedDaysAgo: 190 },
  { user: "ana", role: "member", joinedDaysAgo: 180 },
  { user: "nadia", role: "member", joinedDaysAgo: 140 },
  { user: "noah", role: "member", joinedDaysAgo: 125 },
  { user: "arjun", role: "member", joinedDaysAgo: 110 },
  { user: "ben", role: "member", joinedDaysAgo: 100 },
  { user: "fatou", role: "member", joinedDaysAgo: 90 },
  { user: "admin", role: "member", joinedDaysAgo: 330 },
  { user: "camille", role: "member", joinedDaysAgo: 75 },
  { user: "hugo", role: "member", joinedDaysAgo: 60 },
];

/** Core members write more; nobody dominates. */
const weights: Weighted[] = [
  { key: "amelie", weight: 8 },
  { key: "priya", weight: 8 },
  { key: "tomas", weight: 8 },
  { key: "kwame", weight: 7 },
  { key: "moderator", weight: 7 },
  { key: "organizer", weight: 6 },
  { key: "sofia", weight: 6 },
  { key: "aisha", weight: 6 },
  { key: "mei", weight: 5 },
  { key: "oliver", weight: 5 },
  { key: "hannah", weight: 5 },
  { key: "elena", weight: 4.5 },
  { key: "isabel", weight: 4.5 },
  { key: "member", weight: 4.5 },
  { key: "diego", weight: 4 },
  { key: "grace", weight: 4 },
  { key: "lukas", weight: 4 },
  { key: "yusuf", weight: 3.5 },
  { key: "maya", weight: 3.5 },
  { key: "zoe", weight: 3.5 },
  { key: "lucy", weight: 3.5 },
  { key: "ana", weight: 3.5 },
  { key: "nadia", weight: 3 },
  { key: "noah", weight: 2.5 },
  { key: "arjun", weight: 2.5 },
  { key: "ben", weight: 2.5 },
  { key: "fatou", weight: 2 },
  { key: "admin", weight: 1.5 },
  { key: "camille", weight: 2 },
  { key: "hugo", weight: 2 },
];

function build(): SeedGroup {
  const rng = mulberry32(0x6a7d3e01);
  const days = spreadDays(rng, gardenThreadSeeds.length, 0.35, 119.6, 1.05, 0.3);
  // Every month mixes subjects.
  const plans: ThreadPlan[] = interleave(gardenThreadSeeds, 37).map((s, i) => ({
    key: s.key,
    title: s.title,
    topic: s.topic,
    body: s.body,
    daysAgo: days[i] as number,
    replies: intBetween(rng, 4, 13),
    answers: gardenAnswers[s.key],
    deepChain: i % 11 === 3 ? intBetween(rng, 4, 6) : undefined,
  }));

  const state = new GroupState();
  for (const t of gardenHandWritten) state.bodies.add(t.body);
  const generated = generateThreads(
    {
      seed: 0x9a2d11,
      members: weights,
      names: firstNames,
      pool: gardenPool,
      firstReplyHours: [0.3, 5],
      replyHours: [0.5, 20],
      slowReply: { p: 0.08, hours: [24, 72] },
      floorHoursAgo: 1,
      pToOpener: 0.38,
      maxDepth: 6,
      sentences: [2, 5],
      pShort: 0.07,
      pQuote: 0.22,
      pLink: 0.1,
      pList: 0.06,
      pOpener: 0.35,
      pCloser: 0.3,
      pPingPong: 0.4,
      pOpReplies: 0.3,
      likes: { opener: 3.2, reply: 1.8, max: 12 },
      coverDays: { from: 0, to: 120, alsoCovering: gardenHandWritten },
    },
    plans,
    state,
  );

  const threads = [...gardenHandWritten, ...generated];
  decorateLikes(gardenHandWritten, weights, 0x51a7, 2.2);

  return {
    slug: "city-gardeners",
    name: "City Gardeners",
    description: md`
      Balcony growers, allotment holders and windowsill optimists swapping what actually works in small urban spaces: **composting**, containers, pests, seed saving and shared plots.

      Ask anything, however basic, and tell us where you grow. We look after the Rue Verte community plot together, run a seed swap twice a year and keep a shared [planting calendar](https://citygardeners.example.org/calendar).
    `,
    tags: ["urban-gardening", "composting", "balcony-growing", "seed-swap", "community-gardens"],
    visibility: "public",
    language: "en",
    intendedState: "thriving",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const gardenGroup: SeedGroup = build();
/** Keys of the hand-written threads (the rest are composed by the generator). */
export const gardenHandWrittenKeys: string[] = gardenHandWritten.map((t) => t.key);
