/**
 * The demo data's story, as plain data. `prisma/seed.ts` turns it into rows; times are
 * relative to the moment the seed runs, so the story is always "recent".
 */

export interface SeedUser {
  /** Stable key used by the rest of the content (e.g. "amelie"). */
  key: string;
  name: string;
  /** Defaults to `${key}@toile.test`. */
  email?: string;
  isSiteAdmin?: boolean;
  /** What their profile says (decision 028); most people leave it empty. */
  profile?: { headline: string; location?: string; website?: string; bio?: string };
}

export interface SeedReply {
  /** User key of the author. */
  author: string;
  /** Markdown. */
  body: string;
  /** Hours after the post it answers (fractions allowed). */
  afterHours: number;
  /** User keys of members who liked this post (never the author). */
  likes?: string[];
  /**
   * Texts the post had before `body`, oldest first (decision 023): each was replaced by the next
   * one (the last by `body`) `replacedAfterHours` after the post was written.
   */
  earlierVersions?: { body: string; replacedAfterHours: number }[];
  /** Replies to this reply: the tree nests as deep as the conversation goes. */
  replies?: SeedReply[];
}

export interface SeedThread {
  /** Stable key so meetups and projects can link to the thread (unique across all groups). */
  key: string;
  title: string;
  author: string;
  /** Markdown of the opening post. */
  body: string;
  /** When the thread was opened, in days before the seed runs (fractions allowed). */
  daysAgo: number;
  pinned?: boolean;
  locked?: boolean;
  likes?: string[];
  /**
   * Texts the post had before `body`, oldest first (decision 023): each was replaced by the next
   * one (the last by `body`) `replacedAfterHours` after the post was written.
   */
  earlierVersions?: { body: string; replacedAfterHours: number }[];
  replies: SeedReply[];
}

export type SeedRole = "owner" | "moderator" | "organizer" | "member";

export interface SeedGroup {
  slug: string;
  name: string;
  /** Markdown. */
  description: string;
  tags: string[];
  visibility: "public" | "private";
  /** A private group listed in the directory, which anyone may ask to join (decision 025). */
  listed?: boolean;
  /** Requests to join it waiting for its moderators: who asked, what they said, how long ago. */
  joinRequests?: { user: string; message: string; daysAgo: number }[];
  language: "en" | "fr";
  /** The state the story gives the group, for the README and for sanity checks. */
  intendedState: "thriving" | "healthy" | "needs-attention" | "dormant";
  createdDaysAgo: number;
  /** Every member with their role; exactly one owner. */
  members: { user: string; role: SeedRole; joinedDaysAgo: number }[];
  threads: SeedThread[];
}

export interface SeedContent {
  users: SeedUser[];
  groups: SeedGroup[];
}
