/** Community Organizers Circle: a small private group of people who run groups on Toile. */
import { decorateLikes, finalizeMembers, md, r, type RosterEntry, type Weighted } from "./generate";
import type { SeedGroup, SeedThread } from "./types";

const CREATED = 180;

const roster: RosterEntry[] = [
  { user: "nadia", role: "owner", joinedDaysAgo: CREATED },
  { user: "moderator", role: "moderator", joinedDaysAgo: 179 },
  { user: "organizer", role: "organizer", joinedDaysAgo: 178 },
  { user: "amelie", role: "member", joinedDaysAgo: 176 },
  { user: "julien", role: "member", joinedDaysAgo: 170 },
  { user: "hiroshi", role: "member", joinedDaysAgo: 160 },
  { user: "admin", role: "member", joinedDaysAgo: 175 },
  { user: "fatou", role: "member", joinedDaysAgo: 25 },
];

const weights: Weighted[] = roster.map((m) => ({ key: m.user, weight: 1 }));

const threads: SeedThread[] = [
  {
    key: "circle-why",
    title: "Why this circle exists (please read)",
    author: "nadia",
    daysAgo: 178,
    pinned: true,
    body: md`
      This is a private space for people who run groups here: owners, moderators, organisers. The idea came out of a conversation with Claire and Marco about how lonely it can be to keep a group going, and how we all reinvent the same solutions.

      Ground rules:

      - What's said here stays here. We'll talk about real people and real conflicts, so be discreet.
      - Ask for help early. "I'm tired" is a perfectly good post.
      - Share what worked, but also what you tried that didn't.
    `,
    replies: [
      r("moderator", 3, md`
        Thank you for setting this up, Nadia. I moderate three groups and there are weeks when it feels like a second job. Having people who understand that is already a relief.
      `),
      r("amelie", 9, md`
        Grateful for this. The gardening group is doing great, but that also means more work, and I've never had anywhere to talk about the *running* of it rather than the gardening.
      `, [
        r("nadia", 2, "That's exactly the kind of thing I hope we can talk about. Success has its own problems."),
      ]),
    ],
  },
  {
    key: "circle-everything-myself",
    title: "How do you stop being the person who does everything?",
    author: "amelie",
    daysAgo: 62,
    body: md`
      Honest question. City Gardeners has grown to thirty active members, the plot, two seed swaps a year, a compost project... and I still end up doing most of the admin: the rota, the keys, the insurance, the emails to the council.

      People are lovely and helpful when asked, but nobody *takes* things. How did you get from "I ask for help" to "people own parts of it"?
    `,
    replies: [
      r("organizer", 2, md`
        What worked for me: stop asking "can someone help?" and ask one named person for one specific, bounded thing. "Priya, could you own the seed swap sign-up sheet until the next swap?" gets a yes. "Can someone help with the swap?" gets silence.
      `, [
        r("amelie", 1.5, "That's so simple, and I realise I almost always ask the vague version."),
        r("julien", 4, md`
          > one named person for one specific, bounded thing

          And make the end date explicit. People say yes much more easily when they know it's not forever. At the bike workshop, every role is "until the next general meeting".
        `, [
          r("amelie", 2, "The end date is a good point. Nobody wants to sign up for life."),
        ]),
      ]),
      r("moderator", 6, md`
        The other half is letting them do it *their* way. When Tomás took over the compost rota, he did it differently from how I would have. It worked. If I had "corrected" it, he'd have handed it back.
      `),
      r("hiroshi", 20, md`
        At the dataviz club I made a simple list of "jobs", each with a name next to it, visible to everyone. Empty names are an implicit ask, and people have started putting themselves down without being asked. Visibility did more than any request.
      `, [
        r("nadia", 3, "A visible job list is a great idea. Amélie, maybe on the group's pinned post?"),
        r("amelie", 2, "Yes, I'll try that this week. Thank you all, genuinely."),
      ]),
    ],
  },
  {
    key: "circle-heated-disagreement",
    title: "Handling a heated disagreement without losing either person",
    author: "moderator",
    daysAgo: 34,
    body: md`
      Two long-time members of one of my groups had a public back-and-forth that got personal. Both are valuable, both were partly right, and both have messaged me privately asking me to "do something" about the other.

      I don't want to lock the thread and I don't want to lose either of them. How do you handle this?
    `,
    replies: [
      r("nadia", 1.5, md`
        What I do: a short public note that brings it back to the topic ("let's keep this about the compost, not about each other"), without naming anyone. Then a private message to each, separately, acknowledging what was valid in their point *before* asking them to change their tone.
      `, [
        r("moderator", 1, "Acknowledging first is the step I'd skip when I'm annoyed. Good reminder."),
      ]),
      r("julien", 4, md`
        Sometimes a phone call or a coffee works better than messages. Tone gets lost in text, and people are much kinder face to face.
      `),
      r("admin", 7, md`
        From the platform side: if it comes to that, you can remove individual posts rather than locking the whole thread, and the thread stays open for everyone else. But I'd try Nadia's approach first, it usually doesn't come to that.
      `, [
        r("moderator", 2, "Good to know it's there. I'll try the gentle route first."),
      ]),
      r("moderator", 72, md`
        Follow-up: I sent the public note and spoke to both separately. One apologised in the thread, the other reacted with a like, and they're both back to normal. Thank you, all of you.
      `),
    ],
  },
  {
    key: "circle-broadcast-groups",
    title: "What do we do about groups that are just announcement channels?",
    author: "admin",
    daysAgo: 19,
    body: md`
      A question for the circle as a whole. The health scores show a pattern I didn't expect: a couple of groups with plenty of members and lots of posts, but every post is an announcement or a promotion, nearly identical, and replies are "+1" and "thanks". One member asked a genuine question and the only answer was an ad for a webinar.

      Those groups score poorly on sustained activity, and I think that's correct. But what do we, as a community, do about it? Reach out to the owners? Change how groups appear in the directory? Nothing?
    `,
    replies: [
      r("hiroshi", 2, md`
        I'd reach out before changing anything. Some owners genuinely don't know another way to run a group. A friendly message with two or three concrete suggestions ("ask a question instead of announcing", "reply to Grace's pricing question") might help more than a ranking change.
      `, [
        r("admin", 1.5, "Fair. I'd rather help people run better groups than punish them."),
      ]),
      r("nadia", 4, md`
        I agree with Hiroshi, but I also think the directory shouldn't *reward* it. If a group's posts are mostly near-copies, showing it at the top because it's "active" sends the wrong message to everyone else.
      `, [
        r("organizer", 2, md`
          > the directory shouldn't *reward* it

          Agreed. Sorting by the health score rather than raw post count would take care of most of it without singling anyone out.
        `, [
          r("admin", 3, "That's roughly where I was leaning too. I'll write a short proposal and share it here first."),
        ]),
      ]),
      r("fatou", 10, md`
        New to the circle, so take this lightly: the Repair Café started three weeks ago and the thing that made it lively was asking people what *they* could fix. Maybe that's the suggestion for those owners: ask, don't announce.
      `, [
        r("moderator", 2, "Welcome, Fatou, and that's a lovely way of putting it. 'Ask, don't announce' could be our whole advice."),
      ]),
    ],
  },
  {
    key: "circle-shared-calendar",
    title: "A shared calendar of meetups across our groups?",
    author: "organizer",
    daysAgo: 6.2,
    body: md`
      Several of us organise in-person things: seed swaps, workshop Saturdays, repair sessions, dark-sky trips. We keep double-booking the same weekends and competing for the same community rooms.

      Would a shared calendar of meetups across our groups help? Even a simple one, just dates and venues, so we can see clashes before posting.
    `,
    replies: [
      r("fatou", 1, md`
        Yes please. The Repair Café's next session is two weeks out and I almost booked the same Saturday as the seed swap, which would have split exactly the same neighbours.
      `),
      r("julien", 3, "Bonne idée. The bike workshop is every Saturday morning, so at least we're predictable! I'd add the Wednesday evening sessions too."),
      r("admin", 5, md`
        A combined calendar feed for the groups in this circle sounds doable from the meetup data we already have. Let me see what it would take and I'll report back here.
      `, [
        r("organizer", 1, "That would be perfect, Sam. Then nobody has to maintain anything by hand."),
      ]),
    ],
  },
];

decorateLikes(threads, weights, 0xc1c1e, 1.6, 5);

export const circleGroup: SeedGroup = {
  slug: "community-organizers-circle",
  name: "Community Organizers Circle",
  description: md`
    A **private** circle for people who run groups on Toile: owners, moderators and organisers. We talk honestly about the work behind the scenes, from rotas and burnout to conflicts and meetups.

    Membership by invitation, or ask to join and tell us which group you run. What's said here stays here.
  `,
  tags: ["community-building", "moderation", "organizing"],
  visibility: "private",
  listed: true,
  joinRequests: [
    { user: "kwame", message: "I'm starting an after-school club at the City Gardeners plot and would love to learn from people who run groups.", daysAgo: 1.5 },
  ],
  language: "en",
  // Thoughtful but infrequent: the engine rightly sees a small circle that talks every few weeks.
  intendedState: "needs-attention",
  createdDaysAgo: CREATED,
  members: finalizeMembers(roster, CREATED, threads),
  threads,
};

export const circleHandWrittenKeys: string[] = threads.map((t) => t.key);
