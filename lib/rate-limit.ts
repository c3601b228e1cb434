import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Rate limits shared by all app instances (rows in PostgreSQL). Keys are namespaced by
 * `keyPrefix`. Limits are generous for people and tight for scripts.
 */
const limiters = {
  /**
   * Sign-in failures (decision 040): wrong passwords, never attempts, so a right password from an
   * address that is not blocked always signs in. Per account and client address: a guesser slows
   * down only themselves, never the owner at their own address.
   */
  signInFailures: { points: 10, duration: 15 * 60, message: "Too many wrong passwords for this account from here. Try again in a few minutes." },
  /** Per client address, whatever the accounts: one password sprayed over many accounts. */
  signInAddress: { points: 50, duration: 60 * 60, message: "Too many failed sign-ins from your network. Try again in an hour." },
  /**
   * Per account, from addresses it has not signed in from lately (`signInKnown`): many addresses
   * (or forged ones, decision 040) guessing one account. Where its owner signs in stays open.
   */
  signInAccount: { points: 100, duration: 60 * 60, message: "This account has had many wrong passwords from many places: signing in to it from a new place is paused for an hour. Where you usually sign in still works." },
  /** Per account and address: where the account signed in lately (a mark, never a limit). */
  signInKnown: { points: 1, duration: 30 * 24 * 60 * 60, message: "" },
  /** Per client address (lib/auth/client-address.ts). */
  signUp: { points: 20, duration: 60 * 60, message: "Too many accounts created from here. Try again later." },
  /** The whole site: holds even against a client that forges its address. */
  signUpSite: { points: 300, duration: 60 * 60, message: "Many accounts are being created right now. Try again in a few minutes." },
  /**
   * Per owner: adding people by email. Anyone can create a group and own it, so this keeps the
   * form from being a fast way to learn which addresses have an account.
   */
  addMember: { points: 60, duration: 60 * 60, message: "You have added many people in a short time. Wait a few minutes and try again." },
  /** Per owner: invitation links (decision 015), each a standing way into the group. */
  createInvite: { points: 30, duration: 60 * 60, message: "You have created many invitation links in a short time. Wait a while and try again." },
  /** Per user: joining through invitation links; a person accepts a few, a script many. */
  askToJoin: { points: 10, duration: 60 * 60, message: "You have asked to join many groups in a short time. Wait a while and try again." },
  acceptInvite: { points: 20, duration: 60 * 60, message: "You have used many invitation links in a short time. Wait a while and try again." },
  /**
   * Per organizer: walk-ins checked in by typed name or email (large groups, no list to choose
   * from). Organizing is open to anyone who creates a group, so this too must not be a quick way
   * to learn which addresses have an account; twice the owners' allowance, for a busy door.
   */
  checkInLookup: { points: 120, duration: 60 * 60, message: "You have checked in many people by name or email in a short time. Wait a few minutes and try again." },
  /**
   * Per owner or moderator: removing and reinstating members. Generous for clearing out a wave
   * of spam accounts, but a compromised or careless account cannot empty a large group in a minute.
   */
  memberModeration: { points: 60, duration: 60 * 60, message: "You have removed or reinstated many people in a short time. Wait a few minutes and try again." },
  /** Per user: posts, replies, threads. */
  post: { points: 30, duration: 10 * 60, message: "You are posting very fast. Wait a few minutes and try again." },
  /** Per user: edits of one's posts (each one re-renders and re-scores the post). */
  edit: { points: 60, duration: 10 * 60, message: "You are editing very fast. Wait a few minutes and try again." },
  /** Per user: likes, RSVPs, joining and leaving groups and projects: quick for a person, not a script. */
  react: { points: 120, duration: 10 * 60, message: "That is a lot of clicks in a short time. Wait a few minutes and try again." },
  /**
   * Per user: reports of posts to a group's moderators (decision 012). Plenty for someone
   * cleaning up after a spam wave; a grudge cannot bury the moderators in reports.
   */
  report: { points: 20, duration: 60 * 60, message: "You have reported many posts in a short time. Wait a while and try again." },
  /** Per user: new groups. */
  createGroup: { points: 10, duration: 60 * 60, message: "You have created several groups in a short time. Wait a while and try again." },
  /** Per user: Markdown previews (one per pause in typing while the preview is open). */
  preview: { points: 600, duration: 10 * 60, message: "The preview is resting after a lot of use. Wait a few minutes and try again." },
  /** Per organizer: new meetups, each of which notifies the whole group. */
  scheduleMeetup: { points: 20, duration: 60 * 60, message: "You have scheduled many meetups in a short time. Wait a while and try again." },
} as const;

export type LimitName = keyof typeof limiters;

const instances = new Map<LimitName, RateLimiterPrisma>();

function limiter(name: LimitName): RateLimiterPrisma {
  let instance = instances.get(name);
  if (!instance) {
    const { points, duration } = limiters[name];
    instance = new RateLimiterPrisma({ storeClient: db, keyPrefix: name, points, duration, clearExpiredByTimeout: false });
    instances.set(name, instance);
  }
  return instance;
}

/** Consumes one point or throws AppError("RATE_LIMITED"). Disabled when TOILE_RATE_LIMITS=off (load tests). */
export async function consumeRateLimit(name: LimitName, key: string): Promise<void> {
  if (process.env.TOILE_RATE_LIMITS === "off") return;
  try {
    await limiter(name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", limiters[name].message);
    throw error;
  }
}

/**
 * For limits that count failures rather than attempts: the refusal when `key` has used up its
 * points (checked before the attempt, so a refused one costs nothing and reveals nothing), else
 * null. Concurrent attempts may each pass before any failure is counted: a few over the limit.
 */
export async function rateLimitRefusal(name: LimitName, key: string): Promise<AppError | null> {
  if (process.env.TOILE_RATE_LIMITS === "off") return null;
  const used = await limiter(name).get(key);
  return used && used.consumedPoints >= limiters[name].points ? new AppError("RATE_LIMITED", limiters[name].message) : null;
}

/** One failure counted against `key` (never throws: the attempt was already judged). */
export async function countFailure(name: LimitName, key: string): Promise<void> {
  if (process.env.TOILE_RATE_LIMITS === "off") return;
  await limiter(name).penalty(key, 1);
}

/** Whether `key` was marked (`markRateLimitKey`) within the limit's duration. */
export async function isMarked(name: LimitName, key: string): Promise<boolean> {
  return (await limiter(name).get(key)) !== null;
}

/** Marks `key` for the limit's whole duration from now (a later mark starts it again). */
export async function markRateLimitKey(name: LimitName, key: string): Promise<void> {
  await limiter(name).set(key, 1, limiters[name].duration);
}

export async function resetRateLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
