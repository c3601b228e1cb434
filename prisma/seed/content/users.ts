import type { SeedUser } from "./types";

/** Everyone in the demo. Keys are lower-case first names, except the four demo accounts. */
export const users: SeedUser[] = [
  // The four accounts the README lists (their password is set by the seed).
  {
    key: "admin", name: "Sam Okafor", email: "admin@toile.test", isSiteAdmin: true,
    profile: {
      headline: "Keeps Toile running for the groups that use it",
      location: "Lyon",
    },
  },
  {
    key: "moderator", name: "Claire Dubois", email: "moderator@toile.test",
    profile: {
      headline: "Community manager; moderates the gardeners and a few quieter groups",
      location: "Lyon",
      website: "https://claire-dubois.example.org",
      bio: "I look after groups so that people keep **talking to each other**, not past each other.\n\nAsk me about:\n\n- running a meetup that people come back to\n- what the health page says about your group, and what to do about it",
    },
  },
  {
    key: "organizer", name: "Marco Rossi", email: "organizer@toile.test",
    profile: {
      headline: "Organizes meetups for the repair café and the data viz club",
      location: "Turin",
      bio: "I book the rooms, bring the coffee and make sure the people who came get the follow-up thread. If you want to host something, write to me in the group.",
    },
  },
  {
    key: "member", name: "Jordan Lee", email: "member@toile.test",
    profile: {
      headline: "Product designer, learning to grow vegetables on a balcony",
      location: "Montréal",
      website: "https://jordanlee.example.com/portfolio/",
      bio: "Designer by day. I joined the gardeners after my first (failed) tomato season and the data viz club because I like charts that tell the truth.",
    },
  },

  {
    key: "amelie", name: "Amélie Laurent",
    profile: {
      headline: "Horticultrice, jardins partagés de la Croix-Rousse",
      location: "Lyon",
      bio: "J'anime un jardin partagé depuis six ans. Je parle volontiers de compost, de semences paysannes et de comment faire venir les voisins.",
    },
  },
  { key: "julien", name: "Julien Moreau" },
  { key: "camille", name: "Camille Bernard" },
  { key: "theo", name: "Théo Lefèvre" },
  { key: "margaux", name: "Margaux Girard" },
  { key: "nicolas", name: "Nicolas Fontaine" },
  { key: "lea", name: "Léa Chevalier" },
  { key: "hugo", name: "Hugo Mercier" },
  { key: "ines", name: "Inès Haddad" },
  { key: "chloe", name: "Chloé Petit" },
  { key: "samir", name: "Samir Benali" },
  {
    key: "priya", name: "Priya Raman",
    profile: {
      headline: "Data journalist",
      location: "London",
      website: "https://priya-raman.example.net",
      bio: "I make charts for a newsroom and teach the basics of **honest axes** to anyone who will listen.",
    },
  },
  { key: "tomas", name: "Tomás Herrera" },
  { key: "aisha", name: "Aisha Bello" },
  {
    key: "hiroshi", name: "Hiroshi Tanaka",
    profile: {
      headline: "Retired electrical engineer; fixes radios and teaches soldering",
      location: "Osaka",
    },
  },
  {
    key: "mei", name: "Mei Chen",
    profile: {
      headline: "Urban beekeeper and soil scientist",
      location: "Vancouver",
    },
  },
  { key: "ravi", name: "Ravi Patel" },
  { key: "fatou", name: "Fatou Diallo" },
  { key: "nadia", name: "Nadia Rahman" },
  { key: "oliver", name: "Oliver Bennett" },
  {
    key: "grace", name: "Grace Kim",
    profile: {
      headline: "Founder of a small climate-data startup",
      location: "Seattle",
      website: "https://grace-kim.example.com",
    },
  },
  { key: "diego", name: "Diego Alvarez" },
  {
    key: "sofia", name: "Sofia Lindqvist",
    profile: {
      headline: "Amateur astronomer and physics teacher",
      location: "Uppsala",
      bio: "Dark skies, cheap telescopes, patient students.",
    },
  },
  {
    key: "kwame", name: "Kwame Asante",
    profile: {
      headline: "Tenant organizer",
      location: "Accra",
      bio: "I help tenants' associations run meetings people want to attend. Curious how other organizers keep volunteers from burning out.",
    },
  },
  { key: "elena", name: "Elena Popescu" },
  { key: "lukas", name: "Lukas Becker" },
  { key: "hannah", name: "Hannah Schmidt" },
  { key: "yusuf", name: "Yusuf Demir" },
  { key: "isabel", name: "Isabel Cortez" },
  { key: "noah", name: "Noah Williams" },
  { key: "maya", name: "Maya Goldberg" },
  { key: "arjun", name: "Arjun Mehta" },
  { key: "zoe", name: "Zoe Thompson" },
  { key: "ben", name: "Ben Carter" },
  { key: "lucy", name: "Lucy O'Connor" },
  { key: "ana", name: "Ana Souza" },
  {
    key: "erik", name: "Erik Johansson",
    profile: {
      headline: "Collects and restores 8-bit home computers",
      location: "Gothenburg",
    },
  },
  { key: "marta", name: "Marta Kowalska" },
  { key: "dieter", name: "Dieter Vogel" },
  { key: "brad", name: "Brad Keller" },
  { key: "tiffany", name: "Tiffany Vance" },
];

/** User key → first name, for "Thanks Priya," style lead-ins. */
export const firstNames: Record<string, string> = Object.fromEntries(
  users.map((u) => [u.key, u.name.split(" ")[0] as string]),
);
