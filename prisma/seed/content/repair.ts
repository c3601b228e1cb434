/** Neighbourhood Repair Café: new and growing. Created 20 days ago, a handful of enthusiastic threads. */
import { decorateLikes, finalizeMembers, md, r, type RosterEntry, type Weighted } from "./generate";
import type { SeedGroup, SeedThread } from "./types";

const CREATED = 20;

const roster: RosterEntry[] = [
  { user: "fatou", role: "owner", joinedDaysAgo: CREATED },
  { user: "organizer", role: "organizer", joinedDaysAgo: 19.8 },
  { user: "member", role: "member", joinedDaysAgo: 19 },
  { user: "admin", role: "member", joinedDaysAgo: 18 },
  { user: "aisha", role: "member", joinedDaysAgo: 19.5 },
  { user: "tomas", role: "member", joinedDaysAgo: 17 },
  { user: "margaux", role: "member", joinedDaysAgo: 16 },
  { user: "lucy", role: "member", joinedDaysAgo: 14 },
  { user: "ana", role: "member", joinedDaysAgo: 12 },
  { user: "yusuf", role: "member", joinedDaysAgo: 10 },
];

const weights: Weighted[] = roster.map((m) => ({ key: m.user, weight: m.role === "member" ? 2 : 3 }));

const threads: SeedThread[] = [
  {
    key: "repair-hello",
    title: "Hello neighbours! Let's start a Repair Café",
    author: "fatou",
    daysAgo: 19.6,
    pinned: true,
    body: md`
      Hi everyone! I've wanted to do this for years: a **Repair Café** for our neighbourhood. Once a month, people bring broken things (lamps, toasters, clothes, bikes, phones) and volunteers help them fix them *together*. Not a free repair service: the owner stays and learns.

      It saves stuff from landfill, it saves money, and honestly it's the nicest way to meet your neighbours I know.

      If you're reading this, tell us: what can you fix, or what would you like to learn to fix?
    `,
    replies: [
      r("organizer", 1.2, md`
        Love this, Fatou! I've helped run events at the community garden and the bike workshop, so I can take on logistics: venue, sign-in sheet, tea. I can fix basic electrics and anything with a screw loose, literally.
      `, [
        r("fatou", 0.6, "Marco, you're a gift. Logistics is the part I was dreading."),
      ]),
      r("aisha", 3, md`
        I can mend clothes and do basic alterations. I have a sewing machine I can bring, it's heavy but portable-ish. I'd love to learn small electronics.
      `, [
        r("fatou", 1, "A sewing corner would be wonderful. Textiles are half of what people bring to repair cafés elsewhere."),
      ]),
      r("member", 5, md`
        I can't fix much yet, but I'd love to learn, and I'm good at talking to people, so maybe I can help at the welcome table? Also, I have a toaster that's been dead for a year. 😅
      `, [
        r("organizer", 2, "Welcome table is a real job and an important one, thank you Jordan! And bring the toaster to the first session."),
      ]),
      r("admin", 9, md`
        Sam here. I run the platform this group lives on, but I'm here as a neighbour: I'm decent with laptops and phones (batteries, screens, reinstalling systems). Count me in for the first session.

        If it helps, the Repair Café foundation has a starter kit with tips for organisers: https://www.repaircafe.org
      `),
      r("tomas", 30, md`
        Tomás, I fix garden tools and sharpen anything with a blade. Also happy to be the person who says "let's unplug it first" about every twenty minutes.
      `, [
        r("fatou", 2, "Every repair café needs a safety grump. The job is yours! 😄"),
      ]),
    ],
  },
  {
    key: "repair-first-session",
    title: "First session: date, venue and what we still need",
    author: "organizer",
    daysAgo: 15.2,
    body: md`
      Update on the first session:

      - **Venue:** the community centre on Mill Lane agreed to let us use the hall for free on a Saturday afternoon, 14:00–17:00. They have tables, chairs and enough sockets.
      - **Date:** two Saturdays from now, if that works for most of you.
      - **Still needed:** extension leads with RCD protection, a first-aid kit, a sign-in sheet and a few people to bake.

      Who can commit to being there for the full three hours? We need at least five fixers.
    `,
    likes: ["fatou", "aisha", "member", "admin", "tomas", "margaux"],
    replies: [
      r("fatou", 0.8, md`
        Perfect, thank you Marco. I'll be there the whole time and I'll make the sign-in sheet. I found a template from another repair café: name, item, what's wrong, fixed / not fixed / needs a part.
      `),
      r("tomas", 2, md`
        I'll be there with two RCD extension leads and my sharpening kit. One request: let's have one table only for electrical items, with someone experienced, so nobody opens a microwave on the textile table.
      `, [
        r("organizer", 1, "Agreed, one electrical table. Sam and I can take it."),
        r("admin", 3, md`
          Happy to. And let's add a rule right away: **no microwaves** and nothing with a big capacitor, at least for the first few sessions. Too risky for a new team.
        `, [
          r("tomas", 1, "Good rule. Put it on the poster so people don't bring them."),
        ]),
      ]),
      r("margaux", 4, "I'll bake! And I can do the welcome table with Jordan if he wants company."),
      r("member", 6, "Yes please, Margaux! Two of us on welcome means one can walk people to the right table."),
      r("aisha", 8, "Full three hours for me, with the sewing machine. Could someone help me carry it from the car?"),
      r("lucy", 20, md`
        Just joined after seeing the poster at the bakery! I used to repair lamps with my dad. Can I come as a fixer for lamps, even if I'm a bit rusty?
      `, [
        r("fatou", 1.5, "Absolutely, Lucy, welcome! Lamps are the most common item at repair cafés, we'll need you."),
      ]),
    ],
  },
  {
    key: "repair-skills-list",
    title: "Skills and tools inventory: who can fix what?",
    author: "fatou",
    daysAgo: 11.3,
    body: md`
      To plan the tables, here's what I've gathered so far. Please correct me or add yourself!

      | Person | Can fix | Brings |
      |---|---|---|
      | Marco | basic electrics, furniture | screwdriver sets |
      | Aisha | clothes, alterations | sewing machine |
      | Sam | laptops, phones | precision toolkit |
      | Tomás | garden tools, blades | sharpening kit, RCD leads |
      | Lucy | lamps | soldering iron |
      | Jordan & Margaux | welcome table | cake 🍰 |

      Gaps I see: bikes, small appliances (kettles, toasters), toys.
    `,
    replies: [
      r("ana", 2, md`
        Hi! New here. I can do jewellery repairs and basic woodwork, and I have a small hand drill. Also toys, I have three nephews and I'm used to gluing things back together.
      `, [
        r("fatou", 1, "Ana, wonderful, toys were on the gap list. Welcome!"),
      ]),
      r("organizer", 3, md`
        For bikes, I can ask the Ateliers Vélo crew whether one of them would come along. They do participatory repair already, so it's the same spirit.
      `),
      r("yusuf", 20, md`
        I can do small appliances: kettles, toasters, hair dryers. I'm an electrician by trade, so I'm happy to check anyone's work on the electrical table too.
      `, [
        r("tomas", 2, "An actual electrician! That makes me much more relaxed about the electrical table."),
        r("member", 3, "Yusuf, my toaster and I will see you on Saturday. 😄"),
      ]),
    ],
  },
  {
    key: "repair-safety-rules",
    title: "Safety rules for electrical repairs",
    author: "tomas",
    daysAgo: 8.1,
    body: md`
      Before our first session, I'd like us to agree on a few safety rules for anything that plugs in. Proposal:

      1. Nothing is opened while plugged in. Ever.
      2. No microwaves, CRT TVs or anything with large capacitors.
      3. Every repaired electrical item gets a basic safety check before it goes home.
      4. If the fixer isn't sure, it doesn't get plugged in. "Not fixed today" is a fine outcome.

      What am I missing?
    `,
    replies: [
      r("yusuf", 1.5, md`
        Good list. I'd add: a visual check of the plug and cable before anything else. Half the "broken" appliances I see just have a damaged cable or a loose wire in the plug. And I can bring my appliance tester for rule 3.
      `, [
        r("tomas", 1, "Perfect, that covers my biggest worry. Thank you."),
      ]),
      r("admin", 3, md`
        For liability: the community centre's insurance covers the event, but many repair cafés also ask visitors to sign a short disclaimer at sign-in. Fatou, could we add a line to the sign-in sheet?
      `, [
        r("fatou", 1, "Yes, I'll add it. I'll keep it friendly: something like 'repairs are done together, on a best-effort basis'."),
        r("lucy", 4, "The other repair café I visited had exactly that wording, people didn't mind at all."),
      ]),
      r("member", 6, md`
        Question from a total beginner: as a welcome-table person, should I be turning people away if they bring something on the "no" list?
      `, [
        r("tomas", 1, "Politely, yes, and give them the list so they know for next time. Better a disappointed visitor than an accident."),
        r("fatou", 2, "And we can suggest where they might get it repaired instead. I'll make a small list of local repair shops."),
      ]),
    ],
  },
  {
    key: "repair-toaster-fixed",
    title: "I fixed my toaster! (With a lot of help)",
    author: "member",
    daysAgo: 5.4,
    body: md`
      Okay, I have to share this. At Saturday's session, Yusuf and I opened my dead-for-a-year toaster. The problem: a broken wire inside, where the cable enters the body, probably from years of yanking the cord. We cut it back, reconnected it, Yusuf tested it, and this morning I had toast. **From my own repaired toaster.**

      I know it's small, but I'm ridiculously proud. Thank you all for making this happen.
    `,
    likes: ["yusuf", "fatou", "organizer", "aisha", "margaux", "tomas", "admin", "lucy", "ana"],
    replies: [
      r("yusuf", 1, "You did the work, I just held the tester! Now you know why you shouldn't yank the cord. 😄"),
      r("fatou", 2, md`
        This is exactly why we do it! Final numbers from Saturday: **23 items brought, 15 fixed, 4 need a part, 4 not fixable**. 23 visitors, 9 fixers, and every slice of Margaux's cake gone.
      `, [
        r("organizer", 1, "15 out of 23 is a great first session. Most repair cafés report around 60%, we're above that."),
        r("margaux", 3, "The cake disappearing is my personal success metric. 🍰"),
      ]),
      r("aisha", 5, "Congratulations Jordan! I fixed six pairs of trousers and a backpack strap. Now I want to learn toasters too."),
      r("ana", 9, md`
        I glued back together a wooden train, a doll's arm and a lamp base. A little girl watched the whole time and asked if she could come back to "be a fixer". Can we have a kids' helper role?
      `, [
        r("fatou", 1, "I love that. Let's think about a supervised kids' corner for simple things like gluing and sanding."),
      ]),
    ],
  },
  {
    key: "repair-sewing-corner",
    title: "Could we have a proper sewing and textile corner?",
    author: "aisha",
    daysAgo: 2.3,
    body: md`
      On Saturday, textile repairs were a third of everything people brought, and I was the only one sewing. I had a queue the whole afternoon.

      Could we set up a proper textile corner next time? We'd need one or two more people who can sew (even by hand), a second machine if anyone has one, and a box of threads, buttons and patches.
    `,
    replies: [
      r("ana", 1, md`
        I can sew by hand, and I'd love to learn the machine from you. I also have a tin of buttons from my grandmother that deserves to be used.
      `, [
        r("aisha", 0.8, "Perfect, Ana! Hand sewing is what most repairs need anyway. Bring the tin!"),
      ]),
      r("lucy", 3, "My mother has a sewing machine she never uses. I'll ask if we can borrow it long-term."),
      r("fatou", 5, md`
        Yes to a textile corner. I'll ask the community centre whether we can keep a locked box of supplies there between sessions, so you don't have to carry everything every time.
      `, [
        r("aisha", 1, "That would be a huge help. Thank you Fatou."),
      ]),
    ],
  },
  {
    key: "repair-spare-parts-shelf",
    title: "Starting a shelf of salvaged spare parts",
    author: "yusuf",
    daysAgo: 0.8,
    body: md`
      Four items on Saturday weren't fixed because we didn't have a part, often something tiny: a fuse, a switch, a kettle thermostat. Proposal: every time something is truly beyond repair, we ask the owner whether we can keep it and salvage parts for next time.

      I can sort them into labelled boxes. Thoughts?
    `,
    replies: [
      r("tomas", 2, "Great idea. Label everything with what it came from, otherwise it's just a box of mystery screws."),
      r("admin", 4, "Same for phones and laptops: a dead laptop often has a perfectly good charger, screws and fan. Happy to sort those."),
      r("fatou", 6, "Yes! I'll add a 'may we keep it for parts?' line to the sign-in sheet."),
    ],
  },
];

decorateLikes(threads, weights, 0x4e7a, 1.8, 6);

export const repairGroup: SeedGroup = {
  slug: "neighbourhood-repair-cafe",
  name: "Neighbourhood Repair Café",
  description: md`
    Bring your broken lamps, toasters, clothes and toys, and **fix them together with a volunteer**. We meet once a month at the Mill Lane community centre: tea, cake and a lot of screwdrivers.

    New fixers and curious beginners are equally welcome. Every repair keeps something out of the bin.
  `,
  tags: ["repair-cafe", "fix-it", "zero-waste", "neighbourhood"],
  visibility: "public",
  language: "en",
  intendedState: "healthy",
  createdDaysAgo: CREATED,
  members: finalizeMembers(roster, CREATED, threads),
  threads,
};

export const repairHandWrittenKeys: string[] = threads.map((t) => t.key);
