/**
 * Data-test fixtures: unique users and groups created through the real mutations, so tests
 * exercise the same code paths as the app. Passwords are hashed once per file (argon2 is slow
 * on purpose).
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createThread, editPost } from "@/lib/discussions/mutations";
import { createGroup, joinGroup } from "@/lib/groups/mutations";
import type { GroupRole } from "@/lib/groups/ability";
import type { GroupLanguage } from "@/lib/groups/languages";

let passwordHash: Promise<string> | undefined;

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function makeUser(overrides: { name?: string; email?: string; isSiteAdmin?: boolean } = {}) {
  passwordHash ??= hashPassword("correct horse battery staple");
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${suffix}@example.test`,
      name: overrides.name ?? `User ${suffix}`,
      passwordHash: await passwordHash,
      isSiteAdmin: overrides.isSiteAdmin ?? false,
    },
  });
}

export async function makeGroup(ownerId: string, overrides: { visibility?: "public" | "private"; slug?: string; name?: string; language?: GroupLanguage; createdAt?: Date } = {}) {
  const suffix = uniqueSuffix();
  const group = await createGroup(ownerId, {
    name: overrides.name ?? `Group ${suffix}`,
    slug: overrides.slug ?? `group-${suffix}`,
    description: "A group made by a test fixture.",
    tags: ["testing"],
    visibility: overrides.visibility ?? "public",
    language: overrides.language ?? "en",
  });
  if (overrides.createdAt) await db.group.update({ where: { id: group.id }, data: { createdAt: overrides.createdAt } });
  return group;
}

/** Adds a member with a role, bypassing the join rules (private groups, appointed roles). */
export async function addMember(groupId: string, userId: string, role: GroupRole = "member") {
  await db.membership.upsert({
    where: { groupId_userId: { groupId, userId } },
    create: { groupId, userId, role },
    update: { role, status: "active" },
  });
}

/**
 * A group and the people a name-or-email lookup (findMemberByNameOrEmail) must tell apart, with
 * names unique to the run: an active member, a removed (banned) one, and a stranger to the group.
 */
export async function makeLookupCast(ownerId: string) {
  const stamp = uniqueSuffix();
  const [member, removed, stranger] = await Promise.all([makeUser({ name: `Ana Add ${stamp}` }), makeUser({ name: `Rémi Removed ${stamp}` }), makeUser({ name: `Stan Stranger ${stamp}` })]);
  const group = await makeGroup(ownerId);
  for (const user of [member, removed]) await addMember(group.id, user.id);
  await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned" } });
  return { group, member, removed, stranger };
}

export async function makeThread(authorId: string, groupId: string, title = "A thread", body = "The opening post of a test thread.") {
  return createThread(authorId, groupId, { title, body });
}

/** Edits a post as from a form showing it as it is now: at its current version (decision 045). */
export async function editAsShown(userId: string, postId: number, body: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { editCount: true } });
  return editPost(userId, postId, body, post?.editCount ?? 0);
}

/** Waits until some session of this test database is blocked on a row lock (for tests that order transactions). */
export async function untilSomeoneWaitsForALock() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("No session ever waited for the lock");
}

/**
 * Runs `attempt` while a transaction that `hold` began keeps rows locked, commits that
 * transaction once the attempt waits for a lock, and gives what the attempt threw (null if it
 * succeeded): for tests that a check inside a write's transaction sees a change committed after
 * the check before it (which still read the old state) and before the write.
 */
export async function attemptWhileHeld(hold: (tx: Tx) => Promise<unknown>, attempt: () => Promise<unknown>): Promise<unknown> {
  let outcome: Promise<unknown> | undefined;
  await db.$transaction(
    async (tx) => {
      await hold(tx);
      outcome = attempt().then(
        () => null,
        (error: unknown) => error,
      );
      await untilSomeoneWaitsForALock();
    },
    { timeout: 15_000 },
  );
  return outcome;
}

/**
 * Another activity in the group (a reply elsewhere) bumping its last activity to `at` and holding
 * the group's row until `release()`: for tests that a change of the group's last activity, waiting
 * for that row, never moves it back past what committed meanwhile.
 */
export async function groupActivityHeld(groupId: string, at: Date) {
  let release!: () => void;
  let bumped!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const didBump = new Promise<void>((resolve) => (bumped = resolve));
  const done = db.$transaction(async (tx) => {
    await tx.group.update({ where: { id: groupId }, data: { lastActivityAt: at } });
    bumped();
    await held;
  });
  await didBump;
  return { release, done };
}

export { joinGroup };

/** The AppError `promise` rejects with (failing the test when it resolves or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Where the notifications and the moderation log end now: `toldAndLoggedSince` reads what came after. */
export const noticeAndLogMark = async () => ({
  notice: (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0,
  entry: (await db.moderationEntry.aggregate({ _max: { id: true } }))._max.id ?? 0,
});

/** What acts told people and wrote in the moderation log since `mark`, in order. */
export async function toldAndLoggedSince({ notice, entry }: { notice: number; entry: number }) {
  const [notices, entries] = await Promise.all([
    db.notification.findMany({ where: { id: { gt: notice } }, orderBy: { id: "asc" }, select: { userId: true, kind: true, message: true, url: true } }),
    db.moderationEntry.findMany({ where: { id: { gt: entry } }, orderBy: { id: "asc" }, select: { actorId: true, action: true, targetKind: true, targetId: true, targetLabel: true, details: true } }),
  ]);
  return { notices, entries };
}
