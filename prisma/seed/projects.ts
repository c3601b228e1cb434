/**
 * Demo projects, born in the seeded threads: call `await seedProjects(ctx)` after
 * `seedDiscussions(ctx)` (it needs the users, groups and threads in `ctx`).
 *
 * The story, as the health engine sees it (live = active or completed in the last 90 days,
 * ≥ 2 contributors, an update in the last 90 days):
 * - City Gardeners (thriving): two live projects (compost bays, tree pits), one completed 21
 *   days ago (peat-free mix trial), one fresh proposal (the school bed), one archived.
 * - Data Visualization Club (healthy): the bike counter dashboard, live.
 * - Les Ateliers Vélo (French): the derailleur guide, live, written in French.
 * - Community Organizers Circle (private): the shared meetup calendar, live.
 * - Neighbourhood Repair Café and Amateur Astronomy Night: proposals only.
 * - Retro Computing Collective (dormant): the C64 restoration, still "active" but stalled,
 *   its last update 100 days ago, when the makerspace closed. Nothing live there.
 */
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import type { LinkKind, ProjectRole, ProjectStatus } from "@/lib/projects/schema";
import type { SeedContext } from "./context";

const DAY = 24 * 3600_000;

interface SeedProject {
  group: string;
  /** Content key of the thread it was born in. */
  thread: string;
  /** The author (user key) of the post it was started from: their latest post in the thread. */
  fromPostBy?: string;
  name: string;
  goal: string;
  status: ProjectStatus;
  createdDaysAgo: number;
  /** For completed projects. */
  completedDaysAgo?: number;
  /** For archived projects: when it was shelved (its last change). */
  archivedDaysAgo?: number;
  links?: Partial<Record<LinkKind, string>>;
  /** The first lead is the starter. */
  members: { user: string; role: ProjectRole; joinedDaysAgo: number }[];
  updates: { author: string; daysAgo: number; body: string }[];
}

const text = (s: string) => s.replace(/^\n/, "").replace(/\n[ \t]+/g, "\n").trim();

export const seedProjectStory: SeedProject[] = [
  // City Gardeners — thriving ----------------------------------------------------------
  {
    group: "city-gardeners",
    thread: "garden-shared-compost-bay",
    fromPostBy: "diego",
    name: "Three-bay compost at the Rue Verte plot",
    goal: text(`
      Replace the three "dalek" bins at the plot with a **three-bay pallet system** that people actually turn:

      - bay 1 takes fresh material, and only bay 1;
      - bay 2 is turned into from bay 1 once it is full;
      - bay 3 holds finished compost, sieved and ready for the beds.

      Done means: the bays are built, a weekly turning slot is on the shared-beds rota, and the first sieved compost has gone on the beds.`),
    status: "active",
    createdDaysAgo: 29,
    links: { document: "https://docs.example.org/city-gardeners/compost-bays-plan" },
    members: [
      { user: "amelie", role: "lead", joinedDaysAgo: 29 },
      { user: "diego", role: "colead", joinedDaysAgo: 29 },
      { user: "tomas", role: "contributor", joinedDaysAgo: 28.5 },
      { user: "grace", role: "contributor", joinedDaysAgo: 28 },
      { user: "organizer", role: "contributor", joinedDaysAgo: 27 },
    ],
    updates: [
      {
        author: "grace",
        daysAgo: 26.5,
        body: "Sent the application to the neighbourhood association's green projects fund, using Diego's materials list (65 in total). They decide at their next committee meeting, in about two weeks.",
      },
      {
        author: "diego",
        daysAgo: 19,
        body: text(`
          Pallets collected: **11**, all heat-treated (HT stamp, no MB). Two are a bit narrower than the rest, so I'll use them for the divider between bays 2 and 3.
          Revised cut list is in the plan document. Still missing: the mesh roll (waiting for the fund).`),
      },
      {
        author: "amelie",
        daysAgo: 12.5,
        body: text(`
          Building day done! Nine of us turned up, the fund came through the day before (thank you Grace).
          Bays 1 and 2 are standing and lined; bay 3 needs its front slats and hinges. The daleks are emptied: one stays for the after-school club, two went to members' homes.`),
      },
      {
        author: "tomas",
        daysAgo: 5.5,
        body: "First turn from bay 1 into bay 2 this morning. It was already warm in the middle (38 °C on Lukas's jam thermometer) but too wet: added two barrows of shredded cardboard. Next turn Saturday; I'll show whoever is on the rota.",
      },
      {
        author: "organizer",
        daysAgo: 1.5,
        body: "The compost column is on the shared-beds rota: eight people signed up for the next eight Saturdays. If your name is down and you have never turned a heap, Tomás does a five-minute demo at 10:00 this Saturday.",
      },
    ],
  },
  {
    group: "city-gardeners",
    thread: "garden-tree-pits",
    name: "Planting up the street's tree pits",
    goal: text(`
      Turn the nine bare tree pits on our street into small flower beds, **with the council's blessing** and without harming the trees: low plants and bulbs only, a thin mulch, no "volcanoes" against the trunks.

      Done means: the pits are registered with the "green your street" scheme, planted, and a few neighbours water them in dry spells.`),
    status: "active",
    createdDaysAgo: 2.1,
    links: { site: "https://www.example.org/green-your-street" },
    members: [
      { user: "zoe", role: "lead", joinedDaysAgo: 2.1 },
      { user: "grace", role: "contributor", joinedDaysAgo: 2 },
      { user: "elena", role: "contributor", joinedDaysAgo: 1.9 },
      { user: "amelie", role: "contributor", joinedDaysAgo: 1.8 },
    ],
    updates: [
      {
        author: "zoe",
        daysAgo: 1.6,
        body: "Registered all nine pits with the council scheme (the form took ten minutes, as Grace said). They confirmed the street cleaning team will get the list, so no strimming. Three neighbours from numbers 12, 14 and 21 want to help.",
      },
      {
        author: "elena",
        daysAgo: 0.4,
        body: text(`
          Walked the street with Zoé to check each pit. Two have surface roots right at the top: those get bulbs only, no digging. The others can take Amélie's *Calendula* seedlings.
          Mulch: 2–3 cm of leaf mould, kept a hand's width from the trunk.`),
      },
    ],
  },
  {
    group: "city-gardeners",
    thread: "garden-peat-free-mixes",
    fromPostBy: "priya",
    name: "Peat-free container mix trial",
    goal: text(`
      Find a **peat-free potting mix for balconies** that neither crusts nor stays soggy, by growing the same plants in four mixes side by side for a season and publishing a recipe anyone can follow.`),
    status: "completed",
    createdDaysAgo: 84,
    completedDaysAgo: 21,
    links: { document: "https://docs.example.org/city-gardeners/peat-free-trial-results" },
    members: [
      { user: "priya", role: "lead", joinedDaysAgo: 84 },
      { user: "tomas", role: "colead", joinedDaysAgo: 83 },
      { user: "elena", role: "contributor", joinedDaysAgo: 83 },
      { user: "sofia", role: "contributor", joinedDaysAgo: 82 },
    ],
    updates: [
      {
        author: "priya",
        daysAgo: 80,
        body: text(`
          Trial set up: four mixes, three pots each, on my balcony and Sofia's (east and south-west).

          | Mix | Recipe |
          |---|---|
          | A | peat-free multipurpose, straight from the bag |
          | B | A + 1 part composted bark |
          | C | B + ½ part worm compost + 10 % grit |
          | D | C, mulched with leaf mould |

          Same lettuce and basil seedlings in all of them.`),
      },
      {
        author: "elena",
        daysAgo: 66,
        body: "Measured infiltration with a cup of water on each pot: mix A takes over a minute and most of it runs off the side; B, C and D soak it up in under 10 seconds. Crust on A is visible after two weeks.",
      },
      {
        author: "sofia",
        daysAgo: 45,
        body: "Halfway check on the south-west balcony: D needs watering every other day, the others daily. Basil in C and D is twice the size of A. Mould film on A only.",
      },
      {
        author: "priya",
        daysAgo: 22,
        body: text(`
          **Final results.** Mix C (or D where the pots dry fast) wins on every count: no crust, no mould, best growth. The recipe and the photos are in the results document.
          Thank you Tomás, Elena and Sofia. Closing the project; I'll bring a bag of mix C to the seed swap for anyone who wants to try.`),
      },
    ],
  },
  {
    group: "city-gardeners",
    thread: "garden-kids-plot",
    name: "A bed for the after-school club",
    goal: text(`
      Give the primary school's after-school club (twelve kids, ages 8–11) a small bed at the plot, near the water butt, with quick and edible crops: sugar snap peas, cherry tomatoes, nasturtiums.
      Before anything goes in the ground: a holiday watering rota and the insurance paragraph for the school.`),
    status: "proposed",
    createdDaysAgo: 0.3,
    members: [
      { user: "kwame", role: "lead", joinedDaysAgo: 0.3 },
      { user: "moderator", role: "contributor", joinedDaysAgo: 0.2 },
    ],
    updates: [],
  },
  {
    group: "city-gardeners",
    thread: "garden-hot-compost-courtyard",
    name: "Hot bins for every courtyard on the block",
    goal: "Repeat Yusuf's courtyard hot bin in the four other buildings of the block: one bin per courtyard, filled once a week from sealed caddies, with shredded cardboard as browns.",
    status: "archived",
    createdDaysAgo: 92,
    archivedDaysAgo: 61,
    members: [
      { user: "yusuf", role: "lead", joinedDaysAgo: 92 },
      { user: "lukas", role: "contributor", joinedDaysAgo: 91 },
    ],
    updates: [
      { author: "yusuf", daysAgo: 88, body: "Wrote to the managing agents of the four buildings with the results from ours (52 °C, half the volume in six weeks)." },
      {
        author: "yusuf",
        daysAgo: 62,
        body: "Three of the four agents said no (fire regulations for bins in courtyards), the fourth never answered. Archiving this: our own hot bin keeps going, and anyone in those buildings is welcome to use it.",
      },
    ],
  },

  // Data Visualization Club — healthy --------------------------------------------------
  {
    group: "data-viz-club",
    thread: "dataviz-bike-counters-dashboard",
    fromPostBy: "moderator",
    name: "Public dashboard of the city's bike counters",
    goal: text(`
      A small public site that makes the city's open bike counter data readable:

      - daily and weekly trends per counter, with the weather alongside;
      - a map of the 14 counters sized by traffic;
      - one or two story charts (the new bike lanes, rainy days).

      The pipeline publishes tidy CSV/Parquet so anyone can chart in R, Python or JavaScript; the site is built with Observable Framework.`),
    status: "active",
    createdDaysAgo: 5.8,
    links: { repository: "https://code.example.org/data-viz-club/bike-counters", site: "https://bike-counters.example.org" },
    members: [
      { user: "hiroshi", role: "lead", joinedDaysAgo: 5.8 },
      { user: "moderator", role: "colead", joinedDaysAgo: 5.8 },
      { user: "arjun", role: "contributor", joinedDaysAgo: 5.7 },
      { user: "lukas", role: "contributor", joinedDaysAgo: 5.6 },
      { user: "mei", role: "contributor", joinedDaysAgo: 5.5 },
      { user: "member", role: "contributor", joinedDaysAgo: 5.2 },
    ],
    updates: [
      {
        author: "hiroshi",
        daysAgo: 5.2,
        body: "Kick-off call done (seven of us). Split: Arjun the pipeline, Lukas the weather join, Mei the map, Jordan the chart explanations and testing, Claire and I the site and the story charts. First milestone: a tidy daily file for all 14 counters.",
      },
      {
        author: "arjun",
        daysAgo: 3.9,
        body: text(`
          Pipeline v0 is in the repository: downloads six years of hourly counts, fixes the daylight-saving duplicates, aggregates to daily.
          Quirks so far are in the README; the main one: counter 7 reports **zeros for 11 days** in March 2023 (broken, not a strike). As agreed, those days are dropped and shown as a gap.`),
      },
      {
        author: "lukas",
        daysAgo: 2.4,
        body: "Weather joined: daily precipitation and max temperature from the national service, matched to the nearest station for each counter. First look: a rainy weekday costs about 35 % of the riders, a rainy Sunday over 60 %.",
      },
      {
        author: "mei",
        daysAgo: 0.9,
        body: "Map draft uploaded: circles sized by median daily count, coloured by the change since the bike lanes opened. Feedback welcome on the colour scale before I polish it; it is diverging around zero, purple to green.",
      },
    ],
  },

  // Les Ateliers Vélo — healthy, in French ---------------------------------------------
  {
    group: "ateliers-velo",
    thread: "velo-derailleur-reglage",
    fromPostBy: "margaux",
    name: "Fiche pas-à-pas : régler son dérailleur arrière",
    goal: text(`
      Une **fiche illustrée d'une page** pour régler soi-même son dérailleur arrière (butées H et L, tension du câble, patte de dérailleur), affichée à l'atelier et téléchargeable, et une séance de 45 minutes un samedi pour s'en servir sur de vrais vélos.`),
    status: "active",
    createdDaysAgo: 19,
    links: { document: "https://docs.example.org/ateliers-velo/fiche-derailleur" },
    members: [
      { user: "margaux", role: "lead", joinedDaysAgo: 19 },
      { user: "theo", role: "colead", joinedDaysAgo: 18.8 },
      { user: "hugo", role: "contributor", joinedDaysAgo: 18.5 },
      { user: "julien", role: "contributor", joinedDaysAgo: 18 },
    ],
    updates: [
      {
        author: "margaux",
        daysAgo: 17,
        body: "Plan de la fiche : 1) vérifier la patte, 2) butées H et L, 3) tension du câble par quarts de tour, 4) le symptôme → la correction. Théo fait les photos, Hugo sert de cobaye (il a le dérailleur qui va avec !).",
      },
      {
        author: "theo",
        daysAgo: 10.5,
        body: text(`
          Photos faites sur deux vélos à l'atelier samedi, dont un Shimano 8 vitesses et un SRAM 11 vitesses.
          Premier jet de la fiche en ligne : le tableau « symptôme → réglage » tient sur un tiers de page, il reste à simplifier le passage sur la patte.`),
      },
      {
        author: "hugo",
        daysAgo: 4.5,
        body: "J'ai testé la fiche seul, sans personne pour m'aider, sur le vélo de ma sœur : réglé en un quart d'heure. Deux remarques : préciser « vu depuis l'arrière » pour le sens de la molette, et mettre la vis H avant la vis L.",
      },
      {
        author: "julien",
        daysAgo: 1.7,
        body: "Corrections de Hugo intégrées. Dix exemplaires imprimés et plastifiés pour l'atelier ; la séance est prévue au programme de samedi en quinze, deux vélos sur pied.",
      },
    ],
  },

  // Community Organizers Circle — private, healthy ---------------------------------------
  {
    group: "community-organizers-circle",
    thread: "circle-shared-calendar",
    name: "Shared calendar of our groups' meetups",
    goal: "One calendar showing every meetup of the circle's groups (dates and venues), built from the meetups already on Toile, so organisers see clashes before they book a room or a Saturday.",
    status: "active",
    createdDaysAgo: 5,
    members: [
      { user: "organizer", role: "lead", joinedDaysAgo: 5 },
      { user: "admin", role: "colead", joinedDaysAgo: 5 },
      { user: "fatou", role: "contributor", joinedDaysAgo: 4.8 },
      { user: "julien", role: "contributor", joinedDaysAgo: 4.5 },
    ],
    updates: [
      {
        author: "admin",
        daysAgo: 3.6,
        body: "Feasible: each group already has a calendar feed, so a combined feed is a merge of five feeds. Prototype subscribed in my calendar app; it shows the seed swap, the Saturday workshops and the Repair Café sessions.",
      },
      {
        author: "fatou",
        daysAgo: 1.2,
        body: "Used the prototype to move the next Repair Café session off the seed swap weekend. That alone was worth it. Request: show the venue in the event title, so room clashes are visible at a glance.",
      },
    ],
  },

  // Neighbourhood Repair Café and Amateur Astronomy Night — proposals ------------------------
  {
    group: "neighbourhood-repair-cafe",
    thread: "repair-spare-parts-shelf",
    name: "Spare-parts shelf",
    goal: "Keep what cannot be repaired (with the owner's permission), salvage the parts, and sort them into labelled boxes: fuses, switches, kettle thermostats, laptop chargers, screws. Every box says what it came from.",
    status: "proposed",
    createdDaysAgo: 0.5,
    members: [
      { user: "yusuf", role: "lead", joinedDaysAgo: 0.5 },
      { user: "tomas", role: "contributor", joinedDaysAgo: 0.45 },
      { user: "admin", role: "contributor", joinedDaysAgo: 0.4 },
    ],
    updates: [],
  },
  {
    group: "amateur-astronomy-night",
    thread: "astro-light-pollution-app",
    name: "Measure our own sky: a darkness map within 30 minutes",
    goal: "Take sky-quality readings at ten candidate sites within 30 minutes of the city, on moonless nights, and compare them with the light pollution maps, so we know which map to trust and where to go.",
    status: "proposed",
    createdDaysAgo: 3.5,
    members: [{ user: "maya", role: "lead", joinedDaysAgo: 3.5 }],
    updates: [],
  },

  // Retro Computing Collective — dormant: a stalled project ------------------------------------
  {
    group: "retro-computing-collective",
    thread: "retro-c64-restoration",
    name: "C64 breadbin restoration",
    goal: text(`
      Give the donated Commodore 64, its 1541 drive and box of disks a second life: a safe power supply, working chips, a de-yellowed case, and a permanent playable machine for visitors.`),
    status: "active",
    createdDaysAgo: 125,
    members: [
      { user: "dieter", role: "lead", joinedDaysAgo: 125 },
      { user: "erik", role: "colead", joinedDaysAgo: 125 },
      { user: "marta", role: "contributor", joinedDaysAgo: 124.5 },
      { user: "ben", role: "contributor", joinedDaysAgo: 124 },
    ],
    updates: [
      {
        author: "erik",
        daysAgo: 123,
        body: "Original power brick: 7.4 V on the 5 V line, it goes in the bin. The board now runs from a modern supply behind my over-voltage protector.",
      },
      {
        author: "dieter",
        daysAgo: 116,
        body: "Dead-test found RAM chip U12 dead; Erik socketed and replaced it. READY prompt, and the 1541 loads the first disk of the box (a 1985 copy of *Impossible Mission*).",
      },
      {
        author: "marta",
        daysAgo: 108,
        body: "Case after the second retrobrite session: evenly white, no streaks. One more session for the function keys, then reassembly.",
      },
      {
        author: "dieter",
        daysAgo: 100,
        body: "With the makerspace closing, the C64 is boxed up at my place with the spares. The restoration itself is done bar the keys; it needs a new home before it can be the playable machine it was meant to be.",
      },
    ],
  },
];

/**
 * Inserts the demo projects. Fails loudly when the content no longer has a thread or a
 * member a project needs: a silently missing project would make the demo tell another story.
 */
export async function seedProjects(ctx: SeedContext): Promise<void> {
  const { db, content, now } = ctx;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  let updates = 0;

  for (const project of seedProjectStory) {
    const where = `seed project "${project.name}"`;
    const group = content.groups.find((g) => g.slug === project.group);
    const groupId = ctx.groupIds.get(project.group);
    if (!group || !groupId) throw new Error(`${where}: unknown group ${project.group}`);
    const thread = ctx.threadIds.get(project.thread);
    if (!thread || thread.groupId !== groupId) throw new Error(`${where}: thread ${project.thread} is not in ${project.group}`);
    const userId = (key: string) => {
      const id = ctx.userIds.get(key);
      if (!id || !group.members.some((member) => member.user === key)) throw new Error(`${where}: ${key} is not a member of ${project.group}`);
      return id;
    };
    const lead = project.members.find((member) => member.role === "lead");
    if (!lead) throw new Error(`${where}: no lead`);
    for (const update of project.updates) {
      if (!project.members.some((member) => member.user === update.author)) throw new Error(`${where}: ${update.author} posts an update without being on the project`);
    }

    const sourcePost = project.fromPostBy
      ? await db.post.findFirst({ where: { threadId: thread.id, authorId: userId(project.fromPostBy), deletedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } })
      : null;
    if (project.fromPostBy && !sourcePost) throw new Error(`${where}: ${project.fromPostBy} has no post in ${project.thread}`);

    const completedAt = project.completedDaysAgo === undefined ? null : at(project.completedDaysAgo);
    const lastChange = Math.min(project.createdDaysAgo, project.archivedDaysAgo ?? Infinity, project.completedDaysAgo ?? Infinity, ...project.updates.map((u) => u.daysAgo));
    await db.project.create({
      data: {
        groupId,
        name: project.name,
        goal: project.goal,
        goalHtml: renderMarkdown(project.goal),
        renderVersion: RENDER_VERSION,
        status: project.status,
        sourceThreadId: thread.id,
        sourcePostId: sourcePost?.id ?? null,
        createdById: userId(lead.user),
        createdAt: at(project.createdDaysAgo),
        updatedAt: at(lastChange),
        completedAt,
        links: { createMany: { data: Object.entries(project.links ?? {}).map(([kind, url]) => ({ kind: kind as LinkKind, url })) } },
        members: { createMany: { data: project.members.map((member) => ({ userId: userId(member.user), role: member.role, joinedAt: at(member.joinedDaysAgo) })) } },
        updates: {
          createMany: { data: project.updates.map((update) => ({ authorId: userId(update.author), body: update.body, html: renderMarkdown(update.body), renderVersion: RENDER_VERSION, createdAt: at(update.daysAgo) })) },
        },
      },
    });
    updates += project.updates.length;
  }
  ctx.log(`${seedProjectStory.length} projects, ${updates} project updates`);
}
