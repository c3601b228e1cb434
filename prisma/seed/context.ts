import type { Db } from "@/lib/db";
import type { SeedContent } from "./content/types";

/** What each seed step needs and leaves for the next: ids by the content's keys. */
export interface SeedContext {
  db: Db;
  content: SeedContent;
  now: Date;
  passwordHash: string;
  userIds: Map<string, string>;
  groupIds: Map<string, string>;
  threadIds: Map<string, { id: number; groupId: string; slug: string }>;
  log: (message: string) => void;
}

/** Every demo account's password (listed in the README). */
export const DEMO_PASSWORD = "toile-demo";
