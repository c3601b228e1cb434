import { z } from "zod";

/**
 * The validated environment, read once. `npm start` fills DATABASE_URL (embedded database),
 * NEXTAUTH_SECRET (generated into the data folder) and NEXTAUTH_URL when they are unset, so
 * the app itself can insist on them.
 */
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (run the app with `npm start`, which provides one)." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set to "0" to disable background jobs in this instance (e.g. a web-only replica). */
  TOILE_JOBS: z.enum(["0", "1"]).default("1"),
  /** Signs sessions, and keys private groups' calendar feeds (lib/meetups/calendar-keys.ts). */
  NEXTAUTH_SECRET: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The server's secret; only code that signs or keys something asks for it (scripts need not set it). */
export function serverSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (run the app with `npm start`, which provides one).");
  return secret;
}
