/** Amateur Astronomy Night: a quiet group. A few posts a month, slow answers, some questions left hanging. */
import {
  decorateLikes,
  finalizeMembers,
  generateThreads,
  GroupState,
  md,
  mulberry32,
  type Pool,
  r,
  type RosterEntry,
  spreadDays,
  type ThreadPlan,
  type Weighted,
} from "./generate";
import type { SeedGroup, SeedThread } from "./types";
import { firstNames } from "./users";

const CREATED = 200;

const roster: RosterEntry[] = [
  { user: "ravi", role: "owner", joinedDaysAgo: CREATED },
  { user: "organizer", role: "organizer", joinedDaysAgo: 198 },
  { user: "erik", role: "member", joinedDaysAgo: 195 },
  { user: "hannah", role: "member", joinedDaysAgo: 190 },
  { user: "kwame", role: "member", joinedDaysAgo: 185 },
  { user: "noah", role: "member", joinedDaysAgo: 170 },
  { user: "sofia", role: "member", joinedDaysAgo: 160 },
  { user: "ben", role: "member", joinedDaysAgo: 150 },
  { user: "yusuf", role: "member", joinedDaysAgo: 140 },
  { user: "lucy", role: "member", joinedDaysAgo: 100 },
  { user: "theo", role: "member", joinedDaysAgo: 90 },
  { user: "maya", role: "member", joinedDaysAgo: 40 },
];

const weights: Weighted[] = [
  { key: "ravi", weight: 5 },
  { key: "erik", weight: 4 },
  { key: "organizer", weight: 2.5 },
  { key: "hannah", weight: 2.5 },
  { key: "sofia", weight: 2 },
  { key: "noah", weight: 2 },
  { key: "kwame", weight: 1.5 },
  { key: "ben", weight: 1.5 },
  { key: "yusuf", weight: 1 },
  { key: "lucy", weight: 1 },
  { key: "theo", weight: 1 },
];

const handWritten: SeedThread[] = [
  {
    key: "astro-welcome",
    title: "Welcome, stargazers: clear skies and a few house rules",
    author: "ravi",
    daysAgo: 198,
    pinned: true,
    body: md`
      Welcome to Amateur Astronomy Night! We're a small bunch who like looking up, whether through a big Dobsonian, a pair of binoculars or just our eyes from a park bench.

      Post your observing reports, gear questions and sky events. And if you're heading out somewhere dark, say so: car-sharing to dark sites is half the reason this group exists.
    `,
    replies: [
      r("erik", 26, "Thanks Ravi. Erik here, 8-inch Dobsonian, mostly galaxies and the occasional failed attempt at comets. Happy to lend my old binoculars to anyone starting out."),
      r("hannah", 70, "Hi all, complete beginner. I can find the Plough and that's about it. Looking forward to learning."),
    ],
  },
  {
    key: "astro-first-telescope",
    title: "First telescope for a beginner: is a small Dobsonian the obvious choice?",
    author: "lucy",
    daysAgo: 46,
    body: md`
      I've been using binoculars for a year and I'd like a first telescope, budget around 300. Everything I read says "get a Dobsonian", but I live in a third-floor flat without a lift and I'd need to carry it to the park.

      Is a small Dob (6-inch?) still the obvious choice, or should I look at something more portable?
    `,
    replies: [
      r("erik", 31, md`
        A 6-inch Dob is about 15 kg split in two parts (tube and base), so two trips down the stairs. Doable, but be honest with yourself about whether you'll do it on a cold weeknight.

        The alternative is a tabletop 5-inch Dob: one trip, sits on a small table or a stool, and shows you Jupiter's moons, Saturn's rings and plenty of clusters. The best telescope is the one you actually take out.
      `, [
        r("lucy", 40, "That last sentence is what I needed to hear. I'd definitely use a grab-and-go one more often."),
      ]),
      r("ravi", 75, md`
        Late reply, sorry! I agree with Erik. Whatever you choose, budget for a decent low-power eyepiece and a red torch, and download Stellarium to plan: https://stellarium.org
      `),
    ],
  },
  {
    key: "astro-dark-sky-trip",
    title: "Dark-sky trip to the plateau next new moon: carpool?",
    author: "organizer",
    daysAgo: 13,
    body: md`
      Next new moon I'm driving up to the plateau car park (about an hour away, Bortle 3 on a good night). I have three free seats and room for one telescope in the boot.

      Anyone interested? We'd leave around sunset and be back after midnight. Bring warm clothes, it's always colder up there than you think.
    `,
    replies: [
      r("noah", 52, "I'm in if there's still a seat! I'd bring just binoculars and a flask of tea."),
      r("sofia", 95, "Would love to but I'm away that weekend. Please post a report afterwards!"),
    ],
  },
  {
    key: "astro-light-pollution-app",
    title: "Which light pollution map do you trust?",
    author: "maya",
    daysAgo: 4.8,
    body: md`
      I'm trying to find a darker spot within 30 minutes of the city. Two different light pollution maps give me quite different answers for the same area. Which one do you use, and how well does it match what you actually see?
    `,
    replies: [],
  },
];

const pool: Pool = {
  fills: {},
  topics: {
    observing: {
      sentences: [
        "The seeing was poor but transparency was great, so I stuck to clusters rather than planets.",
        "Letting your eyes adapt for twenty minutes makes a bigger difference than any filter.",
        "Averted vision really works for faint galaxies, it still feels like a magic trick.",
        "I keep a simple log of date, time, object and conditions, and it's fun to look back on.",
        "The Moon near first quarter shows the best crater detail along the terminator.",
        "Star-hopping from a bright star is slower than a GoTo mount but I learn the sky much better.",
        "Jupiter's moons changed position visibly over just two hours.",
        "Dew on the eyepiece ended my session early again, I need a dew heater.",
        "From the city park I can see the brighter Messier objects, just not the faint galaxies.",
        "Sketching at the eyepiece forces me to look longer and I see much more detail.",
      ],
      links: [{ url: "https://en.wikipedia.org/wiki/Messier_object", label: "the Messier list" }],
    },
    gear: {
      sentences: [
        "Collimating a Dobsonian sounds scary but takes five minutes once you've done it twice.",
        "A red-dot finder is cheap and makes aiming so much easier than the small finder scope.",
        "Good 10x50 binoculars are still the best first instrument in my opinion.",
        "A low-power wide-field eyepiece is the one upgrade I would buy first.",
        "Second-hand telescopes are often a bargain because people give up after one winter.",
        "Cooling the telescope outside for half an hour before observing sharpens the views a lot.",
        "A planisphere never runs out of battery, which is more than I can say for my phone.",
        "Light pollution filters help with some nebulae but do nothing for galaxies.",
        "A padded bag for the tube makes carrying it down the stairs much less nerve-racking.",
      ],
      links: [{ url: "https://stellarium.org", label: "Stellarium" }],
    },
    photo: {
      sentences: [
        "A phone held to the eyepiece with a cheap adapter gets surprisingly good Moon photos.",
        "For the Milky Way, a wide lens, a tripod and a 20 second exposure is enough to start.",
        "Stacking many short exposures beats one long exposure on an untracked mount.",
        "Planetary imaging is all about capturing video and keeping the best few percent of frames.",
        "My first star trails photo took two hours and I loved every minute of it.",
        "Shoot in RAW if your camera allows it, the processing headroom is worth it.",
        "Focus is the hardest part: use live view, zoom in on a bright star and adjust slowly.",
      ],
    },
    sky: {
      sentences: [
        "The meteor rates in the forecasts are for perfect dark skies, expect a fraction of that in town.",
        "Satellite passes are easy to spot and a nice way to get friends interested.",
        "Heavens-Above gives accurate times for the space station passes over the city.",
        "Conjunctions of the Moon and a bright planet are lovely even from a balcony.",
        "Cloud forecasts are the real bottleneck, I check three different ones before driving anywhere.",
        "A lunar eclipse is one of the few events that looks great even in the city centre.",
        "Comets are unpredictable, so I only get excited once people report seeing them.",
        "Aurora alerts reach us a few times a year, but I've only seen a faint glow once.",
      ],
      links: [
        { url: "https://www.heavens-above.com", label: "Heavens-Above" },
        { url: "https://en.wikipedia.org/wiki/Bortle_scale", label: "the Bortle scale" },
      ],
    },
  },
  general: [
    "Sorry for the slow reply, work has been busy.",
    "Clear skies have been rare lately, so I've not been out much.",
    "I'd be happy to show you on the next clear night if our schedules line up.",
    "It's a small group but there's a fair bit of experience here.",
    "Let us know how it goes if you get out.",
    "I've not tried that myself, so take this with a grain of salt.",
    "That's a good question, I've wondered the same thing.",
    "The weather here makes patience the most important astronomy skill.",
  ],
  openers: ["Good question.", "Late reply, sorry.", "Only just seen this."],
  addressed: ["Thanks {name}.", "{name}, good point.", "{name}, I'd agree with that."],
  closers: ["Clear skies!", "Good luck.", "Hope that helps."],
  short: ["Thanks, that's helpful, will try it.", "Great report, thanks for sharing it."],
  linkIntros: ["Useful resource: {link}", "I use this: {link}"],
};

interface SeedText {
  key: string;
  title: string;
  topic: string;
  body: string;
  replies: number;
  answers: string[];
}

const seeds: SeedText[] = [
  { key: "astro-saturn-report", answers: ["Catching the Cassini division from a city park is impressive, the seeing must have been good."], topic: "observing", replies: 2, title: "Observing report: Saturn from the park", body: "Set up the 5-inch in the park last night. Saturn's rings were crisp and I think I caught the Cassini division for a moment. A couple of passers-by stopped to look and were amazed." },
  { key: "astro-collimation-help", answers: ["A collimation cap is cheap and enough to get a Dobsonian close; a laser is nice but not essential.", "Do the secondary mirror first, then the primary, and check on a defocused star at the end."], topic: "gear", replies: 3, title: "Help with collimating my Dobsonian", body: "Stars look like little comets even when focused. I suspect collimation. Is there a simple guide for a complete beginner, and do I need to buy a collimation tool?" },
  { key: "astro-phone-moon", answers: ["Lock the focus and drop the exposure a lot, the Moon is far brighter than the phone expects."], topic: "photo", replies: 1, title: "Moon through the eyepiece with a phone", body: "First attempt at holding my phone to the eyepiece. The Moon came out, but blurry and overexposed. Any tips for settings?" },
  { key: "astro-meteor-shower-city", answers: ["You'll see the brightest ones even from the city, just face away from the worst lights and give it an hour."], topic: "sky", replies: 2, title: "Worth watching a meteor shower from the city?", body: "There's a meteor shower peaking this week. Is it worth watching from my balcony in the city, or is it pointless without a dark site?" },
  { key: "astro-binoculars-choice", answers: ["With glasses, look for long eye relief first; 8x42 is easier to hold steady for birds and still good for the sky."], topic: "gear", replies: 2, title: "10x50 or 8x42 binoculars for astronomy?", body: "I want a pair of binoculars for the sky and for birds during the day. 10x50 or 8x42? I wear glasses, if that matters." },
  { key: "astro-orion-nebula", answers: ["Yes, the grey is normal: our eyes don't see colour in faint light, the camera does."], topic: "observing", replies: 1, title: "First look at the Orion Nebula", body: "Finally saw the Orion Nebula through a telescope. It was grey rather than the pink I expected from photos, but still breathtaking. Is the grey normal?" },
  { key: "astro-milky-way-photo", answers: ["Start with the widest aperture, ISO 3200 and about 20 seconds, then adjust from there."], topic: "photo", replies: 2, title: "Milky Way photography settings", body: "Heading somewhere dark soon with a basic DSLR and a tripod. What settings should I start with for the Milky Way?" },
  { key: "astro-iss-pass", answers: [], topic: "sky", replies: 0, title: "Bright ISS pass tonight", body: "Bright space station pass this evening, around 21:40, from west to south-east. Takes about five minutes. Worth stepping outside for!" },
  { key: "astro-dew-problems", answers: ["A cardboard or foam dew shield on the tube helps a lot before you spend money on heaters."], topic: "gear", replies: 1, title: "Dew on everything after an hour", body: "Every session ends after an hour because the finder and the eyepiece fog up. Is a dew heater the only fix, or is there something cheaper?" },
  { key: "astro-sketching", answers: ["I sketch the Moon sometimes, it's the best way I know to actually learn the craters."], topic: "observing", replies: 1, title: "Anyone sketch at the eyepiece?", body: "I've started sketching what I see, mostly the Moon and a few clusters. It makes me look much more carefully. Does anyone else do this?" },
];

function build(): SeedGroup {
  const rng = mulberry32(0xa57e0);
  const days = spreadDays(rng, seeds.length, 9, 190, 1, 0.3);
  const plans: ThreadPlan[] = seeds.map((s, i) => ({
    key: s.key,
    title: s.title,
    topic: s.topic,
    body: s.body,
    answers: s.answers,
    daysAgo: days[(i * 3) % seeds.length] as number,
    replies: s.replies,
  }));
  const state = new GroupState();
  for (const t of handWritten) state.bodies.add(t.body);
  const generated = generateThreads(
    {
      seed: 0x5a7,
      members: weights,
      names: firstNames,
      pool,
      firstReplyHours: [20, 110],
      replyHours: [24, 120],
      slowReply: { p: 0, hours: [24, 120] },
      floorHoursAgo: 1,
      pToOpener: 0.7,
      maxDepth: 2,
      sentences: [1, 3],
      pShort: 0.1,
      pQuote: 0.05,
      pLink: 0.1,
      pList: 0,
      pOpener: 0.3,
      pCloser: 0.3,
      pPingPong: 0.3,
      pOpReplies: 0.4,
      likes: { opener: 1, reply: 0.5, max: 4 },
    },
    plans,
    state,
  );
  decorateLikes(handWritten, weights, 0xa57, 0.8, 4);
  const threads = [...handWritten, ...generated];
  return {
    slug: "amateur-astronomy-night",
    name: "Amateur Astronomy Night",
    description: md`
      A small group of stargazers in and around the city. Share observing reports, ask about telescopes and binoculars, and find people to **carpool to dark sites** on new-moon weekends.

      Beginners very welcome: you don't need a telescope to enjoy the sky.
    `,
    tags: ["astronomy", "stargazing", "telescopes", "astrophotography"],
    visibility: "public",
    language: "en",
    intendedState: "needs-attention",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const astronomyGroup: SeedGroup = build();
export const astronomyHandWrittenKeys: string[] = handWritten.map((t) => t.key);
