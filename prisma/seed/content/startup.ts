/**
 * Startup Growth Network: the "email blast" anti-pattern. Two people broadcast near-identical
 * announcements and self-promotion; members answer with one-liners or not at all, and the
 * one real question goes unanswered. This is what the health module must expose.
 */
import { finalizeMembers, md, mulberry32, pick, r, type RosterEntry, round2, type Rng } from "./generate";
import type { SeedGroup, SeedReply, SeedThread } from "./types";

const CREATED = 150;

const roster: RosterEntry[] = [
  { user: "brad", role: "owner", joinedDaysAgo: CREATED },
  { user: "tiffany", role: "organizer", joinedDaysAgo: 149 },
  ...[
    "admin", "oliver", "grace", "diego", "arjun", "zoe", "ben", "lucy", "ana", "noah", "isabel", "yusuf",
    "kwame", "elena", "lukas", "erik", "marta", "samir", "ravi", "hiroshi", "mei", "priya", "nicolas",
  ].map((user, i) => ({ user, role: "member" as const, joinedDaysAgo: 148 - i * 5.5 })),
];

const LINK = "https://growthloop.example.com";

const handWritten: SeedThread[] = [
  {
    key: "startup-welcome",
    title: "🚀 Welcome to the Startup Growth Network!",
    author: "brad",
    daysAgo: 149,
    pinned: true,
    body: md`
      Welcome, founders! 🚀 This is THE place to accelerate your growth. I'm Brad, founder of GrowthLoop, and I've helped 200+ startups 10x their funnels.

      Here you'll get exclusive access to our webinars, templates and masterclasses. Make sure to turn on notifications so you never miss an announcement!

      👉 Grab our free Growth Playbook: ${LINK}/playbook?ref=toile
    `,
    replies: [
      r("oliver", 20, "Thanks!"),
      r("samir", 46, "+1"),
      r("tiffany", 50, "So excited to build this community with you all! 🙌"),
    ],
  },
  {
    key: "startup-founders-coffee",
    title: "Would anyone be up for a monthly founders' coffee?",
    author: "arjun",
    daysAgo: 104,
    body: md`
      Hi all. I'm building a small B2B tool on the side and I'd love to talk with other people at the same stage about real problems: first customers, pricing, burnout, how to say no to feature requests.

      Would anyone be up for a monthly coffee, in person or on a call? No pitches, just an honest conversation. If a few people are interested I'm happy to organise the first one.
    `,
    replies: [
      r("lukas", 30, "Interested"),
      r("mei", 70, "+1"),
    ],
  },
  {
    key: "startup-pricing-question",
    title: "How did you run your first pricing experiment?",
    author: "grace",
    daysAgo: 61,
    body: md`
      We're a tiny team running a booking app for community spaces, currently free. We need to introduce pricing and I'm nervous about losing the groups that rely on it.

      Has anyone here actually run a pricing experiment at this scale (a few hundred users)? Did you grandfather existing users, test two price points, or just announce it? I'd really value concrete experiences, including what went wrong.
    `,
    replies: [
      r("brad", 96, md`
        Great question Grace! Pricing is exactly what we cover in our **Pricing Power Masterclass** next Thursday. 🔥 Register here: ${LINK}/masterclass?ref=toile
      `, [
        r("grace", 5, "I was hoping for people's actual experiences here rather than a webinar, but thanks."),
      ]),
    ],
  },
  {
    key: "startup-first-webinar",
    title: "FREE webinar: The 5-Step Framework to Double Your Signups",
    author: "tiffany",
    daysAgo: 140,
    body: md`
      Hi everyone! 👋 We're hosting a **FREE** live webinar this Thursday at 18:00 CET: *The 5-Step Framework to Double Your Signups*.

      You'll learn the exact system we used to grow our clients' signups by 112% in 60 days. Seats are limited!

      👉 Register now: ${LINK}/webinar?ref=toile
    `,
    replies: [r("ben", 30, "Registered!")],
  },
];

const topics = [
  "The 5-Step Framework to Double Your Signups",
  "Growth Hacking for Early-Stage Founders",
  "Cold Email That Actually Converts",
  "Viral Loops: Engineering Word of Mouth",
  "Pricing Power Masterclass",
  "LinkedIn Growth Secrets",
  "From 0 to 10k Users",
  "Funnel Optimisation Bootcamp",
  "Scaling Your Outbound Engine",
  "Growth Hacking for Early-Stage Founders",
];
const days = ["Tuesday", "Wednesday", "Thursday"];
const times = ["12:00", "17:00", "18:00", "19:00"];
const results = ["grow our clients' signups by 112% in 60 days", "10x our clients' funnels", "triple our clients' demo bookings", "grow our clients' MRR by 47%"];

const webinarBody = (day: string, time: string, topic: string, result: string): string =>
  `Hi everyone! 👋 We're hosting a **FREE** live webinar this ${day} at ${time} CET: *${topic}*.\n\nYou'll learn the exact system we used to ${result}. Seats are limited!\n\n👉 Register now: ${LINK}/webinar?ref=toile`;

/**
 * One campaign: the announcement, a copy-pasted "reminder" two or three days later (only the
 * time changes), then a "last chance" blast. Same author, within a week: textbook near-copies.
 */
function campaign(rng: Rng, c: number): { title: string; body: string; offsetDays: number }[] {
  const topic = topics[c % topics.length] as string;
  const result = pick(rng, results);
  const day = pick(rng, days);
  const time = pick(rng, times);
  const time2 = pick(rng, times.filter((t) => t !== time));
  const seats = 3 + ((c * 5) % 7);
  return [
    { title: `FREE webinar: ${topic}`, body: webinarBody(day, time, topic, result), offsetDays: 0 },
    { title: `REMINDER: FREE webinar: ${topic}`, body: webinarBody(day, time2, topic, result), offsetDays: 2 + rng() },
    {
      title: `⏰ Last chance: only ${seats} seats left for ${topic}`,
      body: `Only ${seats} seats left for ${day}'s session on *${topic}*! Don't miss the exact system we used to ${result}.\n\n👉 Register now: ${LINK}/webinar?ref=toile`,
      offsetDays: 4 + rng(),
    },
  ];
}

function promo(author: string, i: number, result: string): { title: string; body: string } {
  if (i % 2 === 0) {
    return {
      title: `New on the blog: ${5 + (i % 6)} growth hacks every founder should know`,
      body: `Just published: ${5 + (i % 6)} growth hacks every founder should know 🚀 Number ${2 + (i % 3)} will surprise you!\n\n👉 Read it here: ${LINK}/blog?ref=toile`,
    };
  }
  return author === "brad"
    ? {
        title: "🔥 Our Growth Playbook is 50% off this week",
        body: `This week only: the complete Growth Playbook at 50% off 🔥 The same templates we used to ${result}.\n\n👉 Get it here: ${LINK}/playbook?ref=toile`,
      }
    : {
        title: "Join our Growth Accelerator waiting list!",
        body: `Applications for the next Growth Accelerator cohort open soon! Join the waiting list to learn the exact system we used to ${result}.\n\n👉 ${LINK}/accelerator?ref=toile`,
      };
}

const oneLiners = ["Thanks!", "+1", "Interested", "Registered!", "Thanks for sharing", "👍", "Will there be a recording?", "Link doesn't work for me", "Great initiative!", "Signed up"];

function build(): SeedGroup {
  const rng = mulberry32(0x5747);
  const audience = roster.filter((m) => m.role === "member").map((m) => m.user);
  const blasts: { title: string; body: string; author: string; daysAgo: number }[] = [];
  const campaigns = 10;
  for (let c = 0; c < campaigns; c++) {
    // Campaigns start every ~14 days, the latest one about a week ago.
    const start = 137 - c * 14.4 + (rng() - 0.5) * 2;
    const author = c % 5 === 1 || c % 5 === 3 ? "tiffany" : "brad";
    for (const post of campaign(rng, c)) blasts.push({ ...post, author, daysAgo: round2(start - post.offsetDays) });
    if (c % 2 === 1) {
      const { title, body } = promo(author, (c - 1) / 2, pick(rng, results));
      blasts.push({ title, body, author, daysAgo: round2(start + 5 + rng() * 3) });
    }
  }
  blasts.sort((a, b) => b.daysAgo - a.daysAgo);
  const generated: SeedThread[] = blasts.map((b, i) => {
    const replies: SeedReply[] = [];
    const count = rng() < 0.55 ? 0 : rng() < 0.75 ? 1 : 2;
    const room = b.daysAgo * 24 - 2;
    for (let k = 0; k < count; k++) {
      const h = round2(Math.min(room * 0.8, 2 + rng() * 70));
      if (h < 0.5) break;
      replies.push({ author: pick(rng, audience), body: pick(rng, oneLiners), afterHours: h, replies: [] });
    }
    const thread: SeedThread = {
      key: `startup-blast-${String(i + 1).padStart(2, "0")}`,
      title: b.title,
      author: b.author,
      body: b.body,
      daysAgo: b.daysAgo,
      replies,
    };
    if (rng() < 0.3) thread.likes = [b.author === "brad" ? "tiffany" : "brad"];
    return thread;
  });
  const threads = [...handWritten, ...generated];
  return {
    slug: "startup-growth-network",
    name: "Startup Growth Network",
    description: md`
      A network for founders who want to **grow faster**. Exclusive webinars, growth templates and masterclasses from the GrowthLoop team.

      Turn on notifications so you never miss an announcement! 🚀
    `,
    tags: ["startups", "growth", "marketing", "webinars"],
    visibility: "public",
    language: "en",
    intendedState: "needs-attention",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const startupGroup: SeedGroup = build();
export const startupHandWrittenKeys: string[] = handWritten.map((t) => t.key);
