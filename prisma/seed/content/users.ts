import type { SeedUser } from "./types";

/** Everyone in the demo. Keys are lower-case first names, except the four demo accounts. */
export const users: SeedUser[] = [
  // The four accounts the README lists (their password is set by the seed).
  { key: "admin", name: "Sam Okafor", email: "admin@toile.test", isSiteAdmin: true },
  { key: "moderator", name: "Claire Dubois", email: "moderator@toile.test" },
  { key: "organizer", name: "Marco Rossi", email: "organizer@toile.test" },
  { key: "member", name: "Jordan Lee", email: "member@toile.test" },

  { key: "amelie", name: "Amélie Laurent" },
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
  { key: "priya", name: "Priya Raman" },
  { key: "tomas", name: "Tomás Herrera" },
  { key: "aisha", name: "Aisha Bello" },
  { key: "hiroshi", name: "Hiroshi Tanaka" },
  { key: "mei", name: "Mei Chen" },
  { key: "ravi", name: "Ravi Patel" },
  { key: "fatou", name: "Fatou Diallo" },
  { key: "nadia", name: "Nadia Rahman" },
  { key: "oliver", name: "Oliver Bennett" },
  { key: "grace", name: "Grace Kim" },
  { key: "diego", name: "Diego Alvarez" },
  { key: "sofia", name: "Sofia Lindqvist" },
  { key: "kwame", name: "Kwame Asante" },
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
  { key: "erik", name: "Erik Johansson" },
  { key: "marta", name: "Marta Kowalska" },
  { key: "dieter", name: "Dieter Vogel" },
  { key: "brad", name: "Brad Keller" },
  { key: "tiffany", name: "Tiffany Vance" },
];

/** User key → first name, for "Thanks Priya," style lead-ins. */
export const firstNames: Record<string, string> = Object.fromEntries(
  users.map((u) => [u.key, u.name.split(" ")[0] as string]),
);
