/**
 * Retro Computing Collective: a dormant group. Lively 95–130 days ago, around a C64 restoration
 * at the makerspace; then the makerspace closed, and nothing has been posted for 95 days.
 */
import {
  decorateLikes,
  finalizeMembers,
  generateThreads,
  GroupState,
  intBetween,
  md,
  mulberry32,
  type Pool,
  r,
  type RosterEntry,
  type SeedText,
  spreadDays,
  type ThreadPlan,
  type Weighted,
} from "./generate";
import type { SeedGroup, SeedThread } from "./types";
import { firstNames } from "./users";

const CREATED = 500;
/** Nothing may be posted more recently than this. */
export const RETRO_SILENT_DAYS = 95;

const roster: RosterEntry[] = [
  { user: "dieter", role: "owner", joinedDaysAgo: CREATED },
  { user: "moderator", role: "moderator", joinedDaysAgo: 480 },
  { user: "erik", role: "member", joinedDaysAgo: 470 },
  { user: "lukas", role: "member", joinedDaysAgo: 460 },
  { user: "marta", role: "member", joinedDaysAgo: 420 },
  { user: "ben", role: "member", joinedDaysAgo: 400 },
  { user: "oliver", role: "member", joinedDaysAgo: 350 },
  { user: "noah", role: "member", joinedDaysAgo: 330 },
  { user: "kwame", role: "member", joinedDaysAgo: 300 },
  { user: "hiroshi", role: "member", joinedDaysAgo: 280 },
  { user: "tomas", role: "member", joinedDaysAgo: 260 },
  { user: "nicolas", role: "member", joinedDaysAgo: 230 },
  { user: "arjun", role: "member", joinedDaysAgo: 200 },
  { user: "hugo", role: "member", joinedDaysAgo: 170 },
  { user: "admin", role: "member", joinedDaysAgo: 140 },
];

const weights: Weighted[] = [
  { key: "dieter", weight: 6 },
  { key: "marta", weight: 5 },
  { key: "erik", weight: 5 },
  { key: "lukas", weight: 4 },
  { key: "ben", weight: 4 },
  { key: "moderator", weight: 3 },
  { key: "hiroshi", weight: 3 },
  { key: "noah", weight: 2.5 },
  { key: "oliver", weight: 2.5 },
  { key: "tomas", weight: 2 },
  { key: "nicolas", weight: 2 },
  { key: "arjun", weight: 2 },
  { key: "kwame", weight: 1.5 },
  { key: "hugo", weight: 1.5 },
  { key: "admin", weight: 1 },
];

const handWritten: SeedThread[] = [
  {
    key: "retro-welcome",
    title: "Welcome to the Retro Computing Collective",
    author: "dieter",
    daysAgo: 495,
    pinned: true,
    body: md`
      Welcome! We're a bunch of people who keep old computers alive: 8-bit micros, early PCs, the odd terminal. We meet at the makerspace on the second Thursday of each month to repair, play and swap.

      Post your restorations, ask for help with dead machines, and share the strange things you find in lofts. All skill levels welcome; nobody is born knowing how to recap a power supply.
    `,
    replies: [
      r("marta", 5, "Marta here, mostly Atari ST and a ZX Spectrum +2 I've had since I was nine. Looking forward to the Thursdays!"),
      r("erik", 30, "Erik, Commodore everything. I have a shelf of spare chips if anyone needs a SID or a PLA tested."),
    ],
  },
  {
    key: "retro-c64-restoration",
    title: "Restoring the C64 breadbin donated to the makerspace",
    author: "dieter",
    daysAgo: 127.5,
    body: md`
      Someone left a Commodore 64 breadbin, a 1541 drive and a box of disks at the makerspace door, with a note saying "please give it a second life". It powers on to a black screen.

      Plan: restore it as a group project and set it up as a permanent, playable machine at the makerspace. First steps:

      1. Test the original power brick (they're known to fail and take the machine with them).
      2. Check the chips with a dead-test cartridge.
      3. Retrobrite the yellowed case.

      Who's in?
    `,
    likes: ["erik", "marta", "lukas", "ben", "moderator", "hiroshi", "noah"],
    replies: [
      r("erik", 1.5, md`
        In! Please don't use the original brick until we've measured it. If the 5 V regulator has failed, it can send 7–8 V into the board and cook every chip. I'll bring my multimeter and a modern replacement supply on Thursday.
      `, [
        r("dieter", 1, "Good call, I'll keep it unplugged until then."),
        r("lukas", 4, md`
          > it can send 7–8 V into the board

          For anyone curious why: the original brick uses a linear regulator that fails short. A simple over-voltage protector between the brick and the C64 is a cheap insurance even for bricks that measure fine today.
        `, [
          r("erik", 2, "Exactly. I'll bring the over-voltage protector kit I built last year too."),
        ]),
      ]),
      r("marta", 3, md`
        I can do the retrobrite on the case. I've done two Ataris with the hydrogen peroxide cream and UV lamp method. It takes a few sessions and you need to avoid streaks, so patience required.
      `),
      r("ben", 8, md`
        I have a dead-test cartridge. Black screen on a C64 is very often a failed PLA or RAM chip. If it's the PLA, Erik's spares shelf will save us.
      `),
      r("dieter", 52, md`
        Update after Thursday: brick measured 7.4 V on the 5 V line. Erik was right. With the replacement supply, the dead-test cartridge showed a failed RAM chip (U12). Erik had a spare, socketed and swapped, and we have a READY prompt! 🎉
      `, [
        r("moderator", 3, "Amazing work everyone. I'll post a photo on the makerspace board."),
        r("marta", 6, "Case is in its first retrobrite session. Already noticeably whiter."),
      ]),
    ],
  },
  {
    key: "retro-basic-type-in",
    title: "Type-in Thursday: a BASIC listing from a 1984 magazine",
    author: "marta",
    daysAgo: 112,
    body: md`
      For the restored C64, I dug up a type-in program from an old magazine. It draws a bouncing ball. Here's the start of it, typed by hand with two typos I've already fixed:

      \`\`\`basic
      10 PRINT CHR$(147)
      20 X=1:Y=1:DX=1:DY=1
      30 POKE 1024+X+40*Y,81
      40 FOR T=1 TO 30:NEXT
      50 POKE 1024+X+40*Y,32
      60 X=X+DX:Y=Y+DY
      70 IF X<=0 OR X>=39 THEN DX=-DX
      80 IF Y<=0 OR Y>=24 THEN DY=-DY
      90 GOTO 30
      \`\`\`

      Anyone want to extend it at the next meetup? Colours, sound, two balls?
    `,
    replies: [
      r("erik", 2, md`
        Nice! For colour, poke the colour RAM at 55296 with the same offset:

        \`\`\`basic
        35 POKE 55296+X+40*Y,2
        \`\`\`

        And the screen needs a background colour set at the start, or the ball is invisible on some machines.
      `, [
        r("marta", 1, "Ha, that explains why it was invisible on my TV. Thanks!"),
      ]),
      r("hiroshi", 6, "I'd love to try adding a SID beep on every bounce. I've never programmed the SID, good excuse to learn."),
      r("noah", 10, md`
        Can we make this a monthly thing? One type-in per meetup, everyone extends it, we show the results at the end of the evening. It's a great way for newcomers to get hands on.
      `, [
        r("dieter", 2, "Yes! 'Type-in Thursday' it is."),
      ]),
    ],
  },
  {
    key: "retro-makerspace-closing",
    title: "The makerspace is closing at the end of the month: where do we go now?",
    author: "moderator",
    daysAgo: 96.6,
    body: md`
      Bad news: the makerspace lost its lease and closes at the end of the month. That's our meeting place, our storage and the home of the restored C64.

      We need to decide:

      - where to store the machines (the C64, two Ataris, the terminal, boxes of spares);
      - where to meet on the second Thursday;
      - whether the C64 can go on display somewhere public.

      Ideas welcome, even partial ones.
    `,
    replies: [
      r("dieter", 2, md`
        I can take the C64 and the spares box at home for a few months, but not the Ataris and the terminal, I simply don't have the room.
      `, [
        r("marta", 3, "I can take one Atari. The terminal is huge though."),
      ]),
      r("lukas", 5, md`
        The public library has a meeting room you can book for free on weekday evenings. No storage, but we could bring machines in cars.
      `, [
        r("moderator", 4, "That's a good option for meetings. I'll ask them about the second Thursday slot."),
      ]),
      r("erik", 12, "The computer museum in the old post office might want the C64 on display, they have a small home computer corner. I'll email them."),
    ],
  },
];

const pool: Pool = {
  fills: {
    machine: ["C64", "ZX Spectrum", "Atari ST", "Amiga 500", "BBC Micro", "Amstrad CPC", "IBM PC XT"],
  },
  topics: {
    hardware: {
      related: ["collecting"],
      sentences: [
        "Old electrolytic capacitors are the first suspects in any power supply that has sat in a loft for decades.",
        "Never power on a machine you've just found without checking the supply voltages first.",
        "A dead-test cartridge narrows a black screen down to a few chips in minutes.",
        "Socketing chips when you replace them makes the next repair much easier.",
        "Keyboard membranes crack with age, and replacements are now made by hobbyists.",
        "Retrobrite works, but it can make the plastic brittle if you overdo it.",
        "Cleaning edge connectors with isopropyl alcohol fixed half of my 'dead' cartridges.",
        "I replaced the RF modulator output with a composite mod and the picture is far sharper.",
        "Floppy drives mostly need cleaning, lubrication of the rails and an alignment check.",
        "A logic probe is the most useful cheap tool I own for 8-bit repair.",
        "The {machine} I found at a flea market needed only a new fuse and a good clean.",
        "Battery leakage on old motherboards eats traces, so remove those batteries immediately.",
        "Desoldering old chips without a proper desoldering station is a recipe for lifted pads.",
      ],
      links: [
        { url: "https://www.c64-wiki.com", label: "the C64 Wiki" },
        { url: "https://en.wikipedia.org/wiki/Commodore_64", label: "the Commodore 64" },
      ],
    },
    software: {
      related: ["events"],
      sentences: [
        "VICE is still the emulator I use to test programs before moving them to real hardware.",
        "Imaging old floppies before they degrade further should be everyone's first priority.",
        "Typing in a listing from a magazine teaches you more than downloading the finished game.",
        "An SD card drive emulator means we don't have to trust forty-year-old disks at meetups.",
        "The demoscene still releases new productions for the {machine} every year.",
        "Assembly on the 6502 is surprisingly approachable once you understand the addressing modes.",
        "Cross-assembling on a modern PC and transferring the file saves hours of frustration.",
        "Old magazine archives on the Internet Archive are a goldmine for type-in programs.",
        "A lot of abandoned commercial software has been preserved by volunteers, but not all of it.",
        "Writing something new for old hardware is the most fun I've had programming in years.",
        "Turbo loaders made the 1541 bearable; without them, loading took forever.",
        "I keep a notebook of POKEs and memory addresses, because I never remember them.",
      ],
      links: [
        { url: "https://vice-emu.sourceforge.io", label: "the VICE emulator" },
        { url: "https://archive.org/details/computermagazines", label: "the Internet Archive's magazine collection" },
      ],
    },
    collecting: {
      related: ["hardware"],
      sentences: [
        "Prices for boxed machines have gone silly, but loose ones in need of repair are still cheap.",
        "Storing machines in a dry room with stable temperatures prevents most of the slow damage.",
        "Always ask sellers whether a machine has been tested, and what 'tested' means.",
        "The best finds come from people clearing out a parent's house, not from auction sites.",
        "I label every machine with what's been repaired and when, for whoever owns it after me.",
        "Original manuals and boxes matter to some collectors; I care more about working hardware.",
        "Yellowed cases are cosmetic, a dead SID chip is not, so prioritise accordingly.",
        "I only keep machines I actually use, the rest go to people who will enjoy them.",
        "A spare parts box shared by the group has saved several restorations.",
        "Knowing the revision of the board tells you which chips are likely to fail.",
      ],
    },
    events: {
      related: ["software"],
      sentences: [
        "Our monthly meetups work best with one shared project on the table and free play around it.",
        "Bringing machines to a public library event got lots of kids typing their first BASIC program.",
        "A demo party in a neighbouring city is worth the trip, the atmosphere is wonderful.",
        "Setting up an arcade cabinet at the local festival drew a queue all afternoon.",
        "We need a better way to transport the bigger machines between venues.",
        "Swap tables at meetups help spare parts find the people who need them.",
        "Having one person bring the coffee and another bring the extension leads saves a lot of chaos.",
        "Type-in evenings have become the most popular part of our meetups.",
        "A small display at the museum could introduce a lot of people to the hobby.",
      ],
    },
  },
  general: [
    "I'll bring mine to the next meetup so we can compare.",
    "This is exactly why I love this group.",
    "I had the same problem on mine last year.",
    "Photos please, this sounds like a great find.",
    "Happy to help on Thursday if you bring it along.",
    "There's a good chance someone in the group has a spare.",
    "Take your time with it, old hardware punishes impatience.",
    "Document what you do, the next person with the same fault will thank you.",
    "I'd check the simple things first before ordering any parts.",
    "Count me in, this sounds like fun.",
    "Old machines have so much more personality than anything made today.",
    "It's always the one part you don't have a spare of.",
  ],
  openers: ["Great find!", "Oh, nice.", "Been there.", "Good question."],
  addressed: ["Thanks {name}, good tip.", "{name}, agreed.", "{name}, did that fix it?", "Nice one, {name}."],
  closers: ["See you Thursday!", "Good luck with it.", "Keep us posted."],
  short: ["Brilliant, thanks for sharing this.", "Count me in for Thursday.", "Great work, really impressive."],
  linkIntros: ["Useful reference: {link}", "See {link}"],
};

const seeds: SeedText[] = [
  { key: "retro-spectrum-keyboard", topic: "hardware", title: "ZX Spectrum keyboard: half the keys don't work", body: "My Spectrum 48K powers on fine but half the keys don't respond. I assume the membrane is cracked. Has anyone replaced one? Where do you get them now?", answers: ["It's almost always the membrane tails cracking at the connector, new membranes are made by hobbyists.", "Be gentle with the ribbon connectors on the board, they break easily."] },
  { key: "retro-amiga-recap", topic: "hardware", title: "Recapping an Amiga 500: worth doing preventively?", body: "My Amiga 500 works perfectly. Should I recap it preventively before the old capacitors leak, or leave it alone while it works?", answers: ["The A500 uses through-hole caps that rarely leak, so I'd leave it unless you see symptoms.", "The surface-mount caps on later Amigas are the ones that leak and need doing."] },
  { key: "retro-floppy-imaging", topic: "software", title: "Imaging the club's box of old floppies", body: "We have a shoebox of unlabelled C64 and Atari floppies from the donation. Before we try them on real drives, what's the safest way to image them?", answers: ["A flux-level imaging device captures even copy-protected disks and avoids repeated reads.", "Clean the drive heads first, and stop at the first sign of oxide shedding."] },
  { key: "retro-6502-assembly", topic: "software", title: "Learning 6502 assembly: where to start?", body: "After the type-in evenings I'd like to learn 6502 assembly properly. What resources and tools would you recommend for a beginner?", answers: ["Start with a cross-assembler and VICE, and write tiny programs that change the border colour.", "The old assembly books from the 80s are still excellent and free online."] },
  { key: "retro-ebay-prices", topic: "collecting", title: "Are retro prices completely out of control?", body: "I've been looking for a working BBC Micro and the prices are wild. Is it worth waiting, or buying a broken one and repairing it?", answers: ["Broken ones are the best value if you're comfortable with a soldering iron.", "Ask around at meetups first, people often have machines they'd sell to a good home."] },
  { key: "retro-storage-loft", topic: "collecting", title: "Storing machines in the loft: bad idea?", body: "I'm running out of space and considering moving some machines to the loft. Temperature swings and damp worry me. How do you store machines long-term?", answers: ["A loft is the worst place: heat in summer, damp in winter, I'd avoid it.", "If you must, use sealed boxes with silica gel and keep them off the floor."] },
  { key: "retro-library-event", topic: "events", title: "Retro computing afternoon at the library?", body: "The library asked whether we'd run an afternoon where kids and families can try old computers. Would people be up for bringing machines and helping?", answers: ["Yes! Type-in programs are perfect, the kids love seeing their own name scroll across the screen.", "Bring machines that are robust; keyboards get hammered at events like this."] },
  { key: "retro-demo-party", topic: "events", title: "Anyone going to the demo party next month?", body: "There's a small demo party two hours away next month. Anyone from the group going? Could be fun to share a car and maybe even enter something in the BASIC category.", answers: ["I'm going, and I'd love to enter the bouncing ball program with Marta's extensions!", "I can share the driving if we have enough people."] },
  { key: "retro-cpc-monitor", topic: "hardware", title: "Amstrad CPC without its monitor", body: "Got an Amstrad CPC 464 without the original monitor, which also supplies its power. What's the best way to power it and connect it to a modern screen?", answers: ["You need a 5 V supply and an RGB to SCART or HDMI converter, both easy to find.", "Be careful with the polarity on the power connector, it's easy to get wrong."] },
  { key: "retro-sid-programming", topic: "software", title: "Making sounds with the SID chip", body: "After the bouncing ball, I want to add sound effects. Can someone explain the basics of SID programming in BASIC? The register list is intimidating.", answers: ["Start with volume, one voice's frequency, the waveform and the ADSR envelope, that's enough for a beep.", "The C64 Programmer's Reference Guide has a great chapter on the SID with small examples."] },
];

function build(): SeedGroup {
  const rng = mulberry32(0x2e7d0);
  const days = spreadDays(rng, seeds.length, 99, 129, 1, 0.3);
  const plans: ThreadPlan[] = seeds.map((s, i) => ({
    key: s.key,
    title: s.title,
    topic: s.topic,
    body: s.body,
    answers: s.answers,
    daysAgo: days[(i * 3) % seeds.length] as number,
    replies: intBetween(rng, 4, 9),
  }));
  const state = new GroupState();
  for (const t of handWritten) state.bodies.add(t.body);
  const generated = generateThreads(
    {
      seed: 0x2e7,
      members: weights,
      names: firstNames,
      pool,
      firstReplyHours: [0.8, 10],
      replyHours: [1, 24],
      slowReply: { p: 0.08, hours: [24, 48] },
      // The story: no post at all in the last 95 days.
      floorHoursAgo: RETRO_SILENT_DAYS * 24 + 2,
      pToOpener: 0.45,
      maxDepth: 5,
      sentences: [2, 4],
      pShort: 0.06,
      pQuote: 0.2,
      pLink: 0.1,
      pList: 0,
      pOpener: 0.3,
      pCloser: 0.3,
      pPingPong: 0.4,
      pOpReplies: 0.35,
      likes: { opener: 2.5, reply: 1.3, max: 8 },
    },
    plans,
    state,
  );
  decorateLikes(handWritten, weights, 0x2e70, 1.5);
  const threads = [...handWritten, ...generated];
  return {
    slug: "retro-computing-collective",
    name: "Retro Computing Collective",
    description: md`
      We keep old computers alive: 8-bit micros, early PCs, terminals and everything in between. **Repair help, restorations, type-in programs** and swap tables.

      We used to meet at the makerspace on the second Thursday of the month; since it closed we're looking for a new home. Ideas welcome!
    `,
    tags: ["retro-computing", "hardware-repair", "commodore", "preservation"],
    visibility: "public",
    language: "en",
    intendedState: "dormant",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const retroGroup: SeedGroup = build();
export const retroHandWrittenKeys: string[] = handWritten.map((t) => t.key);
