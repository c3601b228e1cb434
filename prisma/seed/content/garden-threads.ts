/** City Gardeners: the hand-written conversations (the most visible threads of the group). */
import { edited, md, r } from "./generate";
import type { SeedThread } from "./types";

const welcome = md`
  Hello and welcome to **City Gardeners**! This group started as a mailing list for the people who look after the Rue Verte community plot, and it has grown into a place for anyone growing food or flowers in a small urban space: balconies, windowsills, courtyards, tree pits, allotments.

  A few ground rules so it stays useful:

  - Ask anything, however basic. Someone here killed the same plant last year.
  - Say where you grow (balcony facing which way? shared plot? indoors?) because the answer usually depends on it.
  - Share what *didn't* work too. Failures are the most useful posts we have.
  - No selling, but swapping seeds, cuttings and surplus courgettes is strongly encouraged.

  Reply below with a quick intro: where you grow, what you grow, and one thing you'd like to learn this year.
`;
// Amélie added the rule on failures after the first week's questions, and fleshed out the invitation (decision 023's demo).
const welcomeFirstWeek = welcome.replace("- Share what *didn't* work too. Failures are the most useful posts we have.\n", "");
const welcomeAsPosted = welcomeFirstWeek.replace("Reply below with a quick intro: where you grow, what you grow, and one thing you'd like to learn this year.", "Reply below with a quick intro!");

export const gardenHandWritten: SeedThread[] = [
  edited({
    key: "garden-welcome",
    title: "Welcome! Start here: introductions and a few ground rules",
    author: "amelie",
    daysAgo: 396,
    pinned: true,
    body: welcome,
    replies: [
      r("moderator", 2.5, md`
        Claire here, I help Amélie keep things tidy and I volunteer at the seed library in the old branch library on Saturdays. I grow mostly herbs and salad on a south-west balcony that gets brutal afternoon sun.

        This year I'd like to finally get a worm bin going without the fruit fly apocalypse I had last time.
      `, [
        r("kwame", 6, md`
          Claire, come and see mine at the plot any weekday after school. The trick for fruit flies is burying fresh scraps under a layer of shredded cardboard and never leaving them on top. Happy to give you a starter handful of worms too.
        `, [
          r("moderator", 3, "Deal! I'll bring a tub on Saturday. And thank you, cardboard on top is exactly the step I kept skipping."),
        ]),
      ]),
      r("tomas", 5, md`
        Tomás, allotment on the Elm Street site for eleven years, no-dig for the last six. I'm the grumpy one who will ask you whether you really need to buy that gadget.

        Goal for the year: get my squash to stop sprawling over the neighbour's path.
      `),
      r("priya", 20, md`
        Hi all! Priya, third-floor balcony facing east, about 4 m². I grow chillies, tomatoes, strawberries and far too many herbs in containers, and I keep a spreadsheet of everything, which my partner finds hilarious.

        I'd love to learn how to save seed properly so I stop buying the same chilli varieties every year.
      `, [
        r("isabel", 9, md`
          > I'd love to learn how to save seed properly

          Priya, chillies are one of the easiest to start with. If you grow only one variety per balcony they rarely cross. I'll write up how I do beans and chillies when the season comes round.
        `),
      ]),
      r("organizer", 30, md`
        Marco, I organise the seed swaps and the plot work days. Ground floor courtyard, mostly shade, so I've become a reluctant expert in what grows without sun (chard, mint, ferns, disappointment).

        If anyone wants to help run the next swap, shout.
      `),
    ],
  }, { body: welcomeAsPosted, replacedAfterHours: 2 }, { body: welcomeFirstWeek, replacedAfterHours: 170 }),

  {
    key: "garden-kids-plot",
    title: "Getting the after-school club involved at the community plot",
    author: "kwame",
    daysAgo: 0.9,
    body: md`
      The primary school where I teach has asked whether our after-school club (ages 8–11, about twelve kids) could have a small bed at the Rue Verte plot. I'm keen, but I want to do it properly and not leave the regulars cleaning up after us.

      Questions for the group:

      1. Which crops give quick, visible results for kids? I'm thinking radishes, peas, sunflowers.
      2. How do other community gardens handle insurance or safeguarding for school visits?
      3. Would anyone be willing to do a short "meet the worms" session?

      I'd rather hear the honest downsides now than in a month.
    `,
    replies: [
      r("amelie", 1.2, md`
        Yes please! We've talked about this for years. On insurance: our association policy covers volunteers and visitors on organised sessions, but the school needs its own cover for the children and the usual adult-to-child ratio. I'll dig out the paragraph from the policy and send it to you.

        Honest downside: the bed nearest the gate gets trampled. Give them the one by the water butt instead.
      `, [
        r("kwame", 0.8, "Perfect, the water butt bed also means they can water without carrying cans across the whole site. Thank you Amélie, I'll forward the policy to the head as soon as you send it."),
      ]),
      r("hannah", 2.5, md`
        Radishes are great but a lot of kids hate the taste. Speaking from experience with my nephews: they *grow* them happily and then refuse to eat them. Sugar snap peas and cherry tomatoes get eaten straight off the plant, which is the whole point.

        Nasturtiums too: fast, bright, and the peppery leaves are a dare they love.
      `, [
        r("kwame", 1.5, "Ha, the dare aspect is very real with that age group. Nasturtiums are on the list."),
        r("priya", 3, md`
          > they *grow* them happily and then refuse to eat them

          Same with my niece. What worked was slicing them very thin on buttered bread. Maybe a little harvest picnic at the end?
        `, [
          r("hannah", 2, "A harvest picnic is a lovely idea, and it gives the parents a reason to come and see the plot."),
        ]),
      ]),
      r("moderator", 4, md`
        I can do the worm session! I finally have a healthy bin thanks to @{kwame}, so it would be a nice full circle. Give me a date and I'll bring the bin in a crate.

        Also: the seed library has a box of child-friendly seed packets (big seeds, easy to handle). I'll put some aside.
      `),
      r("tomas", 6.5, md`
        I'll be the grumpy one: please agree on who waters during the school holidays *before* anything goes in the ground. Every school bed I've seen on allotment sites died in week two of the holidays.

        If the club makes a rota with families, fine. If not, plant things that can cope with neglect.
      `, [
        r("kwame", 1, "Fair point, and exactly the kind of downside I asked for. I'll put the holiday rota on the agenda for the parents' meeting."),
        r("organizer", 2.5, md`
          We could add the school bed to the existing watering rota for the shared beds. It's already on the shared spreadsheet and people pick slots a week ahead. @{kwame}, want me to add a row? @{member} set the sheet up, so they'll know whether it takes one more column for the holidays.
        `),
      ]),
    ],
  },

  {
    key: "garden-tree-pits",
    title: "Planting up the tree pits on our street: do we need permission?",
    author: "zoe",
    daysAgo: 2.6,
    body: md`
      There are nine tree pits along my street that are just bare compacted soil, cigarette ends and the occasional scooter. A few neighbours and I want to plant them with low flowers and bulbs.

      Has anyone done this here? Do we need to ask the council first, or is it one of those "better to ask forgiveness" things? I don't want to get anyone in trouble or damage the trees.
    `,
    replies: [
      r("grace", 1.5, md`
        Ask first, honestly. Our council has a "green your street" scheme: you register the pits, they send you a short list of do's and don'ts, and crucially they tell the street cleaning team not to strim them. Without that, the contractors may clear everything twice a year.

        The form took me ten minutes: https://citygardeners.example.org/wiki/tree-pit-permits (I wrote up the steps there last year).
      `, [
        r("zoe", 2, "Oh that's really good to know, the strimming is exactly what I was worried about. Thanks Grace, filling it in tonight."),
      ]),
      r("elena", 3, md`
        Whatever you plant, keep it shallow and don't raise the soil level against the trunk. Piling compost up around the base of a street tree can rot the bark and suffocate the surface roots.

        Bulbs, low annuals, and a light mulch are fine. No digging big holes either; you'll cut feeder roots.
      `, [
        r("zoe", 1, "So no adding a nice thick layer of compost on top? I assumed that would help the tree too."),
        r("elena", 2.2, md`
          A thin layer, two or three centimetres, kept away from the trunk, is fine and will help. It's the 20 cm mound "volcano" that causes trouble.
        `, [
          r("tomas", 4, "Worth saying twice: no volcanoes. I see them everywhere and they kill trees slowly."),
        ]),
      ]),
      r("amelie", 8, md`
        If you want plants, I have a tray of self-sown *Calendula* and some grape hyacinth bulbs I dug out of the plot. Both are tough enough for a street. Come by Saturday morning and take what you want.
      `),
    ],
  },

  {
    key: "garden-planting-log",
    title: "Weekly planting log: what went in, what came out",
    author: "priya",
    daysAgo: 5.2,
    body: md`
      Starting a log thread so we can see what everyone is actually doing week to week. Copy the table if you like, or just write a few lines.

      | Where | Sown / planted | Harvested | Notes |
      |---|---|---|---|
      | East balcony | 2nd sowing of coriander, 6 chilli seedlings potted on | 300 g cherry tomatoes, handful of basil | Aphids back on the chillies, squashed by hand |

      Coriander keeps bolting on me, so I'm trying small sowings every two weeks instead of one big tray.
    `,
    replies: [
      r("sofia", 3, md`
        | Where | Sown / planted | Harvested | Notes |
        |---|---|---|---|
        | Cold frame, shared plot | Lamb's lettuce, winter purslane | Last of the rocket | Frame lid propped open on sunny days |

        Small coriander sowings are the only way I've ever managed it too. Also try the "slow bolt" varieties, they really do buy you an extra week or two.
      `, [
        r("priya", 2, "Is slow bolt an actual variety name or a description on the packet? I've seen both."),
        r("sofia", 1.5, "Usually a description the seed company adds. The seed library has one labelled 'Calypso' that's been reliable for me."),
      ]),
      r("member", 7, md`
        Not much to log from me yet: I sowed pea shoots in an old mushroom tray on the kitchen windowsill and they are already 5 cm tall after six days. Harvested nothing, but I'm weirdly proud.
      `, [
        r("mei", 1.5, "Pea shoots are the best first crop, the payoff is so fast. Cut them above the lowest leaves and you often get a second flush."),
        r("member", 3, "Oh, I was going to pull them out completely. Good to know, thanks Mei!"),
      ]),
      r("tomas", 11, md`
        Allotment: garlic in (two rows, saved from last year's best bulbs), broad beans sown direct. Harvested the last leeks and about 8 kg of squash that now lives under my bed.
      `),
      r("ana", 14, md`
        Indoors: ginger rhizome from the supermarket finally sprouted after three weeks in a warm spot on top of the fridge. Potted it in a wide shallow pot with lots of compost. Harvested three lemongrass stalks.
      `, [
        r("oliver", 4, "Top of the fridge for warmth, that's a clever trick. Does it need light while it sprouts?"),
        r("ana", 2, "Not until the shoots appear. After that it wants bright light but no direct midday sun, or the leaves scorch."),
      ]),
    ],
  },

  {
    key: "garden-aphids-broad-beans",
    title: "Aphids all over the broad beans: wait for the ladybirds or act now?",
    author: "oliver",
    daysAgo: 8.7,
    body: md`
      The tips of my broad beans (big tubs on the balcony) are completely black with aphids. I read that you should leave them so ladybirds and hoverflies have something to eat, but it looks like the plants are suffering.

      How long do you wait before stepping in? And what do you step in *with*? I'd rather not spray anything.
    `,
    replies: [
      r("hannah", 1, md`
        Blackfly on broad beans is a classic. The standard trick is to **pinch out the tips** once the plant has a few trusses of flowers set. The aphids cluster on the soft growing tip, and removing it also pushes the plant into making pods. You can even steam the tips and eat them.
      `, [
        r("oliver", 2, "Eat them? Even with the aphids on?"),
        r("hannah", 1.5, "Ha, no, rinse them first or pick clean tips from the plants that aren't infested. They taste like a cross between spinach and beans."),
      ]),
      r("aisha", 2.5, md`
        I'd do both: pinch out the worst tips now, leave a few colonies lower down. If you remove *every* aphid, the ladybirds have no reason to come, and you're back to square one next month.

        Also check for ants. If ants are running up and down the stems, they're farming the aphids and fighting off predators. A band of grease on the tub rim stops them.
      `, [
        r("tomas", 5, md`
          > If you remove *every* aphid, the ladybirds have no reason to come

          I'm not fully convinced by this on a balcony three floors up. On the allotment, sure, the predators are all around. On a small balcony they might never find you. Oliver, I'd just blast them off with the hose every couple of days.
        `, [
          r("aisha", 3, md`
            Hoverflies find balconies surprisingly well, I've had larvae on a sixth-floor balcony. But fair, it's slower, and a strong spray of water doesn't hurt anything. We agree on no chemicals at least!
          `, [
            r("tomas", 2, "We agree on that. I'll note your sixth-floor hoverflies, that's better than I would have guessed."),
          ]),
        ]),
      ]),
      r("oliver", 20, md`
        Update: pinched out the tips, hosed off the rest, and this morning I found two ladybird larvae (the little alligator-looking things, I had to search what they were). So maybe both camps are right.

        Thanks all, this group is the best.
      `, [], ["hannah", "aisha", "tomas", "priya", "moderator", "isabel"]),
    ],
  },

  {
    key: "garden-worm-bin-smell",
    title: "My worm bin smells sour after I went away for two weeks. What went wrong?",
    author: "member",
    daysAgo: 12.4,
    body: md`
      I started a worm bin three months ago (a stacking one, kept under the kitchen sink) and it was going great. Before leaving for two weeks I "stocked up" by putting a big load of veg scraps in. I came back to a sour, vinegary smell, lots of liquid at the bottom and the worms all crowding on the lid.

      Is the bin ruined? What should I do first?
    `,
    replies: [
      r("kwame", 0.7, md`
        Not ruined, very fixable. You overfed it: the worms couldn't keep up, the scraps started fermenting, and the bin went acidic and wet. Worms on the lid means they're trying to get away from the conditions below.

        What I'd do today:

        1. Drain the sump and use the liquid diluted 1:10 on houseplants (or just pour it away if it smells really bad).
        2. Mix in a generous amount of shredded cardboard or egg boxes to soak up moisture.
        3. Add a handful of crushed eggshells to bring the acidity down.
        4. Don't feed anything for a week.
      `, [
        r("member", 1.5, "That's a relief. Do I remove the big load of scraps or leave it in and bury it under the cardboard?"),
        r("kwame", 1, md`
          If some of it is slimy and really stinking, take that part out. The rest, fluff it up and mix it with the cardboard so air gets in. It's the airless, wet pockets that go sour.
        `, [
          r("member", 6, "Done. Removed about a third, mixed in two egg boxes and a cereal box. Already smells less like a pickle jar."),
        ]),
      ]),
      r("moderator", 3, md`
        Been there! For next time: before a trip, feed a *normal* amount and add extra cardboard on top. Worms can go three or four weeks without new food, they'll just eat the bedding.
      `),
      r("lucy", 5, md`
        > Add a handful of crushed eggshells to bring the acidity down.

        Do the eggshells need to be baked first? I've seen people say raw ones attract fruit flies.
      `, [
        r("kwame", 2, "Rinse and dry them and you're fine. Baking makes them easier to crush into powder, which helps, but it isn't essential."),
      ]),
      r("member", 70, md`
        Follow-up for anyone finding this later: three days after the fix the worms were back down in the bedding and the smell was gone. I've started feeding small amounts again, chopped smaller. Thanks Kwame and Claire, I was ready to give up on the whole thing.
      `, [], ["kwame", "moderator", "lucy", "amelie", "priya", "sofia", "mei", "grace"]),
    ],
  },

  {
    key: "garden-rainwater-balcony",
    title: "Collecting rainwater on a balcony without annoying the neighbours below",
    author: "lukas",
    daysAgo: 17.8,
    body: md`
      I'd like to stop watering my balcony containers with tap water. There's no downpipe I can use, so my idea is a small slanted panel (about 1 m²) that drains into a 60 L barrel.

      Back-of-the-envelope: with ~600 mm of rain a year, 1 m² collects roughly 600 L, minus losses. That could cover a good share of what my pots need outside the hottest weeks.

      My worries: overflow dripping onto the balcony below, mosquitoes, and weight. Has anyone done something similar?
    `,
    replies: [
      r("priya", 2, md`
        Your numbers are in line with mine. I log everything (of course): last season my 40 L container caught enough to cover roughly 70% of my watering from autumn to late spring, and close to 0% in the summer heat, when it mattered most. So it helps, but don't expect it to carry you through a heat wave.
      `, [
        r("lukas", 1.5, "That's useful, thank you. So storage is the bottleneck, not collection area. Maybe two barrels then, if the weight allows."),
      ]),
      r("diego", 3.5, md`
        For overflow: run a short hose from the barrel's overflow outlet back into your own drain or into a big planter. Don't let it just spill. And put a fine mesh under the lid, that stops mosquitoes laying eggs.

        For weight, 60 L of water is 60 kg plus the barrel. Put it close to the wall or over a structural beam, not in the middle of the balcony slab.
      `, [
        r("lukas", 2, md`
          > Put it close to the wall or over a structural beam

          Good point. The building manager should have the structural drawings. I'll ask before buying anything.
        `, [
          r("diego", 1, "Wise. Most balconies are fine with that load at the edge, but asking costs nothing."),
        ]),
      ]),
      r("elena", 6, md`
        One note of caution: if the collecting panel is metal roofing with old paint, or anything bitumen-based, check what runs off it before using the water on edible plants. A plain polycarbonate sheet is the safest choice.
      `),
      r("lukas", 40, md`
        Small update: the building manager said yes as long as it sits against the back wall. I'm going with a polycarbonate panel, a 60 L barrel with a mesh lid, and an overflow hose into my biggest trough. Will post photos when it's up. Thanks everyone!
      `),
    ],
  },

  {
    key: "garden-slugs",
    title: "Slugs ate every seedling overnight. Beer traps, copper tape or give up?",
    author: "maya",
    daysAgo: 24.3,
    body: md`
      I planted out twenty lettuce and bean seedlings into my raised bed at the shared plot on Saturday evening. Sunday morning: stumps. Silver trails everywhere.

      I've read about beer traps, copper tape, wool pellets, eggshells, coffee grounds, nematodes... What actually works? I'm fine with hand-picking but I can't be there every night.
    `,
    replies: [
      r("tomas", 1.5, md`
        Honest answer from eleven years on an allotment: most barriers are folklore. Eggshells and coffee grounds did nothing measurable for me. What works:

        - raise seedlings bigger before planting out (in modules, until they have four or five true leaves);
        - go out with a torch an hour after dark for a few nights after planting;
        - beer traps, sunk so the rim is a centimetre above the soil so beetles don't fall in.
      `, [
        r("maya", 2, "Bigger seedlings makes sense, I was putting out tiny ones. How many beer traps for a 1.2 × 3 m bed?"),
        r("tomas", 1, "Three or four, emptied every couple of days. Cheapest lager is fine, the slugs are not connoisseurs."),
      ]),
      r("hannah", 3, md`
        Nematodes worked well for me, but only when the soil was warm enough (above 5 °C) and kept moist for a couple of weeks after applying. They're pricey, so I only use them on the beds with the most damage.

        > most barriers are folklore

        Agree on eggshells. Copper tape worked on my pots, but only where it made a complete ring with no leaves touching the pot from outside.
      `, [
        r("tomas", 4, md`
          Fair, on *pots* copper is more convincing. On open beds the slugs are already inside the barrier before you put it up.
        `),
      ]),
      r("aisha", 5, md`
        Long-term: get the predators in. Since we put a small pond and a log pile at the corner of the plot two years ago, we've had frogs and a visiting hedgehog, and our slug damage has roughly halved. Won't save this week's seedlings, but it compounds.
      `, [
        r("maya", 1.5, "I love this. Is there space for another log pile near the raised beds? I could bring some branches from my parents' garden."),
        r("amelie", 3, "Yes! The corner behind bed 7 is free. Bring them any time, the gate code hasn't changed."),
      ]),
      r("maya", 96, md`
        Report after four days: raised new seedlings to a bigger size at home, planted out again with three beer traps and two evening torch rounds. I caught 31 slugs the first night (!), 9 the second. Only one lettuce nibbled this time.
      `, [
        r("tomas", 2, "Thirty-one is a proper haul. The numbers drop fast once you get the resident population down."),
      ]),
    ],
  },

  {
    key: "garden-shared-compost-bay",
    title: "Proposal: a shared three-bay compost system at the Rue Verte plot",
    author: "amelie",
    daysAgo: 31.5,
    body: md`
      Our current compost setup at the plot is three plastic "dalek" bins that everyone fills and nobody turns, and the result is a wet, smelly mess. I'd like to propose building a proper **three-bay system** out of reclaimed pallets:

      - Bay 1: fresh material goes in here, and only here.
      - Bay 2: turned into from bay 1 once it's full.
      - Bay 3: finished compost, sieved and ready to use.

      Rough cost: nothing for the pallets (the hardware shop on Canal Street gives them away), maybe 60–80 for screws, hinges and a wire mesh lining. We'd need a building day and then a small rota for turning.

      Thoughts? Objections? Who would be in?
    `,
    likes: ["tomas", "kwame", "organizer", "moderator", "diego", "priya", "sofia", "grace", "maya", "member", "hannah"],
    replies: [
      r("diego", 1, md`
        In! I have a mitre saw and a cordless drill, and I've built two of these before. Pallets vary a lot in size, so we should collect them first, then design the bays around what we get. Lining with mesh is a good call, it stops the sides rotting so fast.
      `, [
        r("amelie", 1.2, "Brilliant, Diego. Could you draft a simple plan once we have the pallets? Even a sketch on paper would help for the building day."),
        r("diego", 2, "Sure, I'll do a sketch with a materials list and post it here."),
      ]),
      r("tomas", 3, md`
        I'm in favour, with one condition: the rota. The daleks didn't fail because they're daleks, they failed because nobody owned them. If we build bays and nobody turns them, we get the same mess in a nicer box.
      `, [
        r("organizer", 2, md`
          Agreed. I can add a "compost" column to the shared-beds rota, one person per week, turning day Saturday. We already have 14 people on the watering rota, most of them will happily add a compost turn.
        `, [
          r("tomas", 1, "Then count me in for the first two weekends, and I'll show whoever's next how I turn mine."),
        ]),
      ]),
      r("kwame", 4, md`
        Could we keep one of the daleks for the after-school club? A closed bin is easier to supervise with kids, and we could use it as a "look inside" demo.
      `, [
        r("amelie", 1, "Absolutely, good idea. The other two can go to people who want one at home."),
      ]),
      r("grace", 9, md`
        For the 60–80: the neighbourhood association has a small "green projects" fund. I applied last year for the water butts and it was a one-page form. Happy to do the application if someone sends me a rough budget.
      `),
      r("diego", 30, md`
        Sketch and materials list, based on standard 120 × 100 cm pallets:

        | Item | Qty | Est. cost |
        |---|---|---|
        | Pallets | 10 | free |
        | Galvanised screws, 80 mm | 200 | 18 |
        | Hinges for front slats | 6 | 15 |
        | Wire mesh, 1 m × 10 m | 1 roll | 32 |
        | Corrugated sheet (lid) | 3 | recycled from the shed |

        So about **65** in total. Building day needs 4–5 people for a morning.
      `, [
        r("grace", 3, "Perfect, that's exactly what the fund form needs. Submitting this week."),
        r("amelie", 4, "Thank you Diego. Let's fix the building day once Grace hears back about the fund."),
      ]),
    ],
  },

  {
    key: "garden-seed-swap",
    title: "Next seed swap: date, venue and what to bring",
    author: "organizer",
    daysAgo: 39.2,
    body: md`
      Time to plan the next seed swap! Proposal:

      - **Where:** the community room of the branch library (same as last time, free, wheelchair accessible).
      - **When:** a Saturday, 10:00–13:00, in about four weeks.
      - **Format:** swap tables by category (veg, herbs, flowers, "mystery envelopes"), a 20-minute intro to seed saving by Isabel, and tea.

      What to bring: seeds in labelled envelopes (name, year saved, where it grew), cuttings, spare seedlings. No seeds? Come anyway, there's always more than enough.

      Who can help set up at 9:30?
    `,
    replies: [
      r("isabel", 1.5, md`
        Happy to do the seed-saving intro again. This time I'll focus on the "easy five": beans, peas, tomatoes, lettuce and chillies, with a one-page handout people can take home.
      `, [
        r("organizer", 1, "Perfect. Can you send the handout a week before so I can print 50 copies at the library?"),
      ]),
      r("moderator", 2, md`
        The seed library can bring its whole catalogue box, and we can take donations for the library on the day. Last time we got over 80 packets, which kept us going for months.
      `),
      r("priya", 4, md`
        I can help set up at 9:30. Suggestion: a sign-up sheet for the "I want to save seeds of X this year" so we know what will come back next swap. I'll bring a printed template.
      `, [
        r("organizer", 2, "Love that. It also gives us a list of people to nudge later. Thanks Priya!"),
      ]),
      r("oliver", 6, md`
        First-timer question: is it OK to bring supermarket packets that I didn't use? I have no saved seed but about ten half-used packets.
      `, [
        r("isabel", 1, "Yes, totally fine and always welcome! Just write the year on the packet if it isn't printed."),
        r("tomas", 3, "Half-used packets are the backbone of every swap, Oliver. Nobody ever uses a whole packet of carrots."),
      ]),
      r("grace", 10, md`
        I'll make a poster for the library noticeboard and the laundrette. Marco, can we add a line about the compost bay project so people who come for seeds hear about it too?
      `, [
        r("organizer", 2, "Yes, good idea. Two birds, one stone."),
      ]),
    ],
  },

  {
    key: "garden-microgreens",
    title: "Microgreens on a dark north-facing windowsill: results of my one-month test",
    author: "sofia",
    daysAgo: 49.6,
    body: md`
      I wanted to know which microgreens are worth growing on a dim windowsill without a grow light, so I ran a small test: six trays, same compost, same window, sown on the same day, harvested when they looked ready.

      | Crop | Days to harvest | Yield per tray | Flavour | Verdict |
      |---|---|---|---|---|
      | Pea shoots | 12 | 140 g | sweet | excellent |
      | Radish | 8 | 90 g | peppery | excellent |
      | Sunflower | 10 | 110 g | nutty | good, needs soaking |
      | Basil | 24 | 20 g | mild | not worth it |
      | Mustard | 9 | 70 g | hot | good |
      | Beetroot | 21 | 35 g | earthy | pretty, slow |

      Conclusion: large-seeded crops cope with low light far better. Basil was a waste of a tray.
    `,
    replies: [
      r("mei", 2, md`
        This is great, thank you for actually measuring. My results match: basil and coriander microgreens are slow and leggy without strong light. Did you weigh with or without the roots?
      `, [
        r("sofia", 1, "Without, cut just above the compost. Only what you'd actually eat."),
      ]),
      r("ana", 5, md`
        > Sunflower | 10 | 110 g | nutty | good, needs soaking

        How long did you soak them? Mine always go mouldy before they sprout.
      `, [
        r("sofia", 2, md`
          Eight hours in cold water, then drained and kept covered with a second tray (as a weight) for three days. The weight is the key: it helps them push off the seed hulls and keeps humidity even without it getting soggy.
        `, [
          r("ana", 3, "A weight on top! I never did that. Trying it this week."),
        ]),
      ]),
      r("priya", 8, md`
        I love a table. Could you add the seed cost per tray? Sunflower and pea seed is cheap if you buy it in bulk as animal feed or for cooking, and that changes the maths a lot compared with small packets of "microgreen" seed.
      `, [
        r("sofia", 3, "Good idea, I'll add it in the next round. I used cheap dried peas from the grocery for the pea shoots, roughly 0.40 per tray."),
        r("tomas", 6, "Dried peas from the grocery for shoots is the best gardening hack nobody believes until they try it."),
      ]),
    ],
  },

  {
    key: "garden-balcony-tomatoes",
    title: "Which tomato varieties actually crop on a windy north-east balcony?",
    author: "oliver",
    daysAgo: 58.3,
    body: md`
      My balcony faces north-east, gets sun until about 11:00 and is windy enough to knock over empty pots. Last season I grew two big beefsteak plants and got four tomatoes in total, all of which split.

      Which varieties have actually worked for you in similar conditions? Bush or cordon? Should I just give up on tomatoes?
    `,
    replies: [
      r("organizer", 1.5, md`
        Don't give up, but drop the beefsteaks! They need long hot days. In shade and wind go for small fruited bush types: the cherry ones ripen with much less heat. My courtyard is worse than your balcony and I still get decent crops of cherries.
      `, [
        r("oliver", 1, "What size of container? I used 10 L pots last year."),
        r("organizer", 2, "Too small for anything but a tiny bush type. 20–30 L for a cherry bush, and a saucer underneath so they never dry out completely. The splitting was probably irregular watering."),
      ]),
      r("priya", 3, md`
        From my log, east balcony, 4 seasons:

        | Variety type | Plants | Avg. yield per plant | Comment |
        |---|---|---|---|
        | Cherry, bush | 6 | 1.8 kg | reliable, no staking drama |
        | Cherry, cordon | 4 | 2.4 kg | best yield, needs tying in the wind |
        | Plum, cordon | 3 | 1.1 kg | late, some blight |
        | Beefsteak | 2 | 0.3 kg | never again |

        So: cherry cordons if you can tie them to something solid, bush cherries if you can't.
      `, [
        r("oliver", 2, md`
          > Beefsteak | 2 | 0.3 kg | never again

          This is so validating. Thank you, Priya. I'll try one cordon against the wall and two bushes.
        `),
        r("yusuf", 5, md`
          That matches my experience too, but I'd add: the wall matters a lot. A cordon against a brick wall gets reflected heat and is sheltered, the same plant at the railing gets battered. Oliver, use the wall side for the cordon.
        `, [
          r("oliver", 3, "Wall side it is. I'd never thought of the wall as a heat store."),
        ]),
      ]),
      r("tomas", 7, md`
        Contrarian view: on a windy north-east balcony I'd grow tomatoes *and* something that loves those conditions, like chard, kale, peas or salad, which will give you far more food per litre of compost. Tomatoes are the prestige crop, not the productive one.
      `, [
        r("oliver", 4, "Fair, but I really want to eat my own tomatoes this year. I'll do both: half the containers for salads and chard."),
        r("mei", 6, "Seconding the salad advice. Lettuce and rocket actually prefer the morning-sun-only situation."),
      ]),
    ],
  },

  {
    key: "garden-seed-saving-beans",
    title: "Saving seed from beans and peas: a beginner's walkthrough",
    author: "isabel",
    daysAgo: 68.9,
    body: md`
      As promised to a few of you, here's how I save beans and peas. They're the easiest seeds to start with because they mostly self-pollinate, so what you save is what you get.

      1. **Choose your best plants**, not your leftovers. Tie a ribbon on two or three healthy, productive plants early and don't pick from them.
      2. **Let the pods dry on the plant** until they are papery and rattle. If rain threatens, pull the whole plant and hang it upside down somewhere dry.
      3. **Shell and dry further** on a tray indoors for two weeks.
      4. **Test dryness:** a dry bean shatters when hit with a hammer; if it squashes, it needs longer.
      5. **Freeze for 48 hours** in a sealed jar to kill any bean weevils, then store somewhere cool and dark.

      Label everything with variety, year and where it grew. Questions welcome!
    `,
    replies: [
      r("priya", 2, md`
        Thank you! Step 1 is the one I'd never have thought of. I always save from whatever's left at the end. Does selecting the best plants really make a difference in one generation?
      `, [
        r("isabel", 1.5, md`
          In one generation, a small one. Over five or ten years, a big one: the beans adapt to *your* conditions. My grandmother's runner beans have been saved in the same valley for sixty years, and they crop better there than anything from a packet.
        `, [
          r("priya", 2, "That's a lovely thought, a balcony-adapted chilli after ten years of my spreadsheets."),
        ]),
      ]),
      r("lucy", 4, md`
        > Freeze for 48 hours in a sealed jar

        Won't freezing kill the seeds too?
      `, [
        r("isabel", 1, "Not if they're properly dry. The water in the seed is what freezes and damages it. Really dry seed survives freezing for years; seed banks store seeds frozen on purpose."),
        r("elena", 3, "Seconding Isabel, the dryness test is the important bit. If in doubt, dry for another week before freezing."),
      ]),
      r("moderator", 6, md`
        For the seed library we also ask people to note roughly how many plants they saved from. It matters more for crops that cross (squash, corn) than for beans, but it's a good habit.

        Isabel, could we put this post in the wiki?
      `, [
        r("isabel", 2, "Of course, go ahead."),
      ]),
    ],
  },

  {
    key: "garden-bokashi-vs-worms",
    title: "Bokashi or worm bin for a small flat with no outdoor space?",
    author: "nadia",
    daysAgo: 76.4,
    body: md`
      I live in a one-bedroom flat with a tiny kitchen and no balcony. I'd like to stop throwing food scraps in the bin. I've narrowed it down to a bokashi bucket or a worm bin. Which would you choose, and why?

      Constraints: no outdoor space, two people, we cook most days, and I'm a bit squeamish about worms escaping.
    `,
    replies: [
      r("kwame", 1.5, md`
        Worm bin, with a caveat. Worms give you finished compost you can use on houseplants, and a well-run bin doesn't smell. Escapes basically only happen when conditions are bad (too wet, too acidic), and then they're telling you something.

        Caveat: worms won't eat much onion, citrus, meat or dairy, so those still go in the bin.
      `),
      r("amelie", 3, md`
        Bokashi, for your situation. It takes *everything*, including cooked food, meat and dairy, and it's a sealed bucket. The catch: the fermented result isn't compost yet. It needs to be buried in soil or added to a compost heap for a few weeks to finish.

        With no outdoor space, you'd need somewhere to take it: the plot compost welcomes it!
      `, [
        r("kwame", 2, md`
          > It takes everything, including cooked food, meat and dairy

          True, but in a small flat the buckets fill up quickly and then you're carrying fermented food across town. That's the part people underestimate.
        `, [
          r("amelie", 1.5, "Fair. Two buckets, alternating, each takes about two weeks to fill for two people. So one trip to the plot every two weeks. Doable for some, not for everyone."),
          r("nadia", 2, "One trip every two weeks is fine, I pass the plot on my way to work. But I'd rather not carry meat scraps on the bus, honestly."),
        ]),
      ]),
      r("tomas", 6, md`
        Why not both? Bokashi for the cooked food and meat, worms for the raw veg. That's what a lot of flat-dwellers I know end up doing.
      `, [
        r("nadia", 1, "Space, mostly. But I think that's where I'll end up eventually."),
      ]),
      r("nadia", 50, md`
        Decision: starting with a small worm bin under the sink, as Kwame suggested, and I'll drop onion skins and cooked leftovers at the plot compost when I pass. If I get hooked I'll add bokashi later. Thank you both for arguing it out, it made the trade-offs very clear.
      `),
    ],
  },

  {
    key: "garden-peat-free-mixes",
    title: "Peat-free potting mixes that don't turn to concrete in containers",
    author: "priya",
    daysAgo: 87.7,
    body: md`
      I switched to peat-free two seasons ago and I'm still not happy. Every bag behaves differently; some dry into a hard crust that water runs straight off, others stay soggy and grow a film of mould on top.

      What are people using on balconies? Any home mixes? I'm considering buying plain peat-free compost and amending it myself.
    `,
    replies: [
      r("tomas", 2, md`
        The crust problem is usually from too much fine wood fibre and green waste. What helped me: mix 3 parts peat-free compost, 1 part composted bark (chunky), 1 part garden or home compost. The bark keeps it open, the home compost brings life and holds water.

        And water little and often for the first weeks until the mix "settles".
      `, [
        r("priya", 1.5, "I don't have garden soil on a balcony, but I do have worm compost. Could that replace the home compost part?"),
        r("kwame", 2, "Yes, but use less, half a part. Worm castings are richer and finer than garden compost."),
      ]),
      r("elena", 4, md`
        Small warning from the soil-science side: don't add sand to containers to "improve drainage". It fills the gaps between the bigger particles and often makes it *worse*. Bark, perlite or grit work; fine sand doesn't.
      `, [
        r("priya", 1, "Oh. I added sand last year. That might explain the concrete pots!"),
        r("elena", 1.5, "Very possibly. Sharp grit at 10–20% is fine. Play sand or building sand, no."),
      ]),
      r("sofia", 8, md`
        For the dry-crust problem, a layer of mulch on top of the pots helped me a lot: leaf mould, bark, even cocoa shells. Water goes in instead of running off the side, and it dries out much more slowly.
      `),
      r("priya", 70, md`
        Mixed a batch with Tomás's recipe (worm compost instead of garden compost, half a part, plus some grit from Elena's suggestion). After three weeks: no crust, no mould, seedlings potted on are happy. Here's the exact recipe for my log:

        | Ingredient | Parts |
        |---|---|
        | Peat-free multipurpose | 3 |
        | Composted bark | 1 |
        | Worm compost | 0.5 |
        | Sharp grit | 0.5 |
      `, [
        r("tomas", 3, "Looks very sensible. Report back at the end of the season, that's when we'll really know."),
      ]),
    ],
  },

  {
    key: "garden-hot-compost-courtyard",
    title: "Hot composting in a shared courtyard bin: realistic or a fantasy?",
    author: "yusuf",
    daysAgo: 99.2,
    body: md`
      Our building has a shared courtyard with a single 300 L compost bin that mostly gets coffee grounds and veg peelings from six flats. It never heats up and takes forever. I've read about "hot composting" reaching 60 °C and finishing in weeks.

      Is that realistic with one bin and six households, or does it need a big heap and someone turning it every few days?
    `,
    replies: [
      r("tomas", 1, md`
        Realistic answer: 300 L is at the lower limit for getting properly hot, and only if you fill it in one go with the right mix. A bin fed a bucket at a time will never heat up, it's cold composting whatever you do. Which is fine! It just takes a year.
      `, [
        r("yusuf", 2, "So the volume has to arrive all at once? We could save up scraps for a week, maybe."),
        r("amelie", 1.5, md`
          Saving up for a week in sealed caddies works, if you also have enough "browns". Rough ratio by volume is something like:

          | Material | Type | Rough C:N |
          |---|---|---|
          | Coffee grounds | green | 20:1 |
          | Veg peelings | green | 25:1 |
          | Grass clippings | green | 20:1 |
          | Dry leaves | brown | 60:1 |
          | Cardboard | brown | 350:1 |

          Aim for about 30:1 overall, which in practice means **at least as much cardboard or dry leaves as kitchen scraps, by volume**.
        `, [
          r("yusuf", 1, "Coffee grounds are green? I assumed brown because, well, they're brown."),
          r("amelie", 0.7, "Everyone assumes that! It's about nitrogen, not colour. Coffee grounds are surprisingly rich."),
          r("tomas", 3, "And this is exactly why your bin is slow: lots of coffee and peelings, no cardboard. Too wet and too green."),
        ]),
      ]),
      r("lukas", 4, md`
        If you want to see whether it heats at all, a cheap long-probe thermometer (the kind for jam) tells you a lot. Push it into the middle a day after a big fill. Above 40 °C means the microbes are happy; under 25 °C, add more browns and turn it.
      `),
      r("kwame", 8, md`
        Maybe a different angle: with six households feeding a bin a little at a time, a worm bin or a second bin to alternate might suit the building better than chasing hot compost. Hot composting is great, but it's a hobby, not a set-and-forget system.
      `, [
        r("yusuf", 5, "Good point. I'll put both options to the neighbours. Half of them already complain about carrying the caddy downstairs."),
      ]),
      r("yusuf", 120, md`
        Small win: we collected scraps for a week, shredded two big boxes of cardboard, filled the bin in one evening, and Lukas's thermometer trick showed 52 °C two days later. Not 60, but the neighbours are now very invested in "the hot bin".
      `, [
        r("lukas", 2, "52 °C from a 300 L bin is excellent. Congratulations!"),
        r("tomas", 4, "I stand corrected. Nicely done."),
      ]),
    ],
  },

  {
    key: "garden-leaf-mould",
    title: "Leaf mould: is it worth the two-year wait?",
    author: "moderator",
    daysAgo: 119.3,
    body: md`
      The street trees on our block drop a huge amount of leaves and the council just sweeps them into bags. I'm thinking of asking whether we could collect them for leaf mould at the plot.

      For those who make it: is leaf mould worth the space and the wait, compared with just adding the leaves to the compost bins?
    `,
    replies: [
      r("tomas", 2, md`
        Worth it, absolutely. Leaf mould is the best seed-sowing and potting ingredient I know, fine and crumbly, holds water like nothing else, and it's free. Leaves break down slowly because fungi do the work rather than bacteria, which is why they clog the compost bins if you add too many.

        One year gives a rough mulch. Two years gives the fine stuff.
      `, [
        r("moderator", 1.5, "So they shouldn't go in the compost bins at all?"),
        r("tomas", 1, "A few are fine, they're a useful brown. A whole council sack will slow your bin down for months."),
      ]),
      r("sofia", 3, md`
        You don't need a big cage: I make leaf mould in old compost bags with holes punched in them, stacked behind the shed. Wet the leaves if they're dry, tie the bag, forget about it. Takes no space at all.
      `, [
        r("moderator", 2, "Bags behind the shed, that's an easy win. No construction needed."),
      ]),
      r("zoe", 6, md`
        Careful with leaves from busy roads. Some people say they pick up pollutants from traffic. Anyone know whether that's a real concern for leaf mould used on veg beds?
      `, [
        r("elena", 4, md`
          It's a reasonable concern but the effect is small for most street leaves. The bigger issue tends to be litter mixed in. I'd use leaves from the busiest roads for flower beds and mulch, and quieter streets for the veg beds if you want to be careful.
        `, [
          r("zoe", 1, "That's a sensible split, thanks Elena."),
        ]),
      ]),
      r("grace", 10, md`
        I'll ask the council. They have an "adopt a leaf drop" arrangement in another district where residents can collect bagged leaves from a fixed point. Maybe we can get the same for our block.
      `, [
        r("moderator", 2, "Thank you Grace! If it works, we'll set up a leaf cage at the back of the plot."),
      ]),
    ],
  },
];
