import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { sendNotifications } from "@/lib/notifications/mutations";
import { limitSignUp } from "./client-address";
import { ACCOUNT_PATH } from "./paths";
import { hashPassword, verifyPassword, weakPasswordMessage } from "./password";
import type { ChangeEmailInput, ChangePasswordInput, SignUpInput } from "./schema";
import { checkPasswordUnderLimits } from "./sign-in-limits";

/** Refuses a guessable password, next to `field`: judged against the person's own email and name too. */
function requireStrongPassword(password: string, person: { email: string; name: string }, field: string) {
  const weak = weakPasswordMessage(password, [person.email, person.name, "toile"]);
  if (weak) throw new AppError("INVALID", weak, { field });
}

/**
 * A new account. The sign-up limits (per client `address`, and site-wide) are spent once the
 * input is valid and the password strong: a typo costs nothing. A taken email does spend, so the
 * form stays a slow way to learn who has an account.
 */
export async function registerUser(input: SignUpInput, address: string) {
  requireStrongPassword(input.password, input, "password");
  await limitSignUp(address);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", "An account already uses this email. Sign in instead, or use another address.", { field: "email" });
    }
    throw error;
  }
}

/** The account an admin command names by email, or a NOT_FOUND saying so. */
async function accountByEmail(email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No account uses ${email}.`);
  return user;
}

export async function setSiteAdmin(email: string, isSiteAdmin: boolean) {
  const user = await accountByEmail(email);
  await db.user.update({ where: { id: user.id }, data: { isSiteAdmin } });
}

/** The name shown next to one's posts, everywhere at once (pages read it from the database). */
export async function changeName(userId: string, name: string) {
  return db.user.update({ where: { id: userId }, data: { name }, select: { name: true } });
}

/**
 * A new email to sign in with, given the current password (checked under the sign-in limits, as
 * a password change is: decision 040). Toile sends no email, so there is no confirmation link to
 * click: the password is the proof. Sessions go on (the password did not change); the next
 * sign-in uses the new address.
 */
export async function changeEmail(userId: string, input: ChangeEmailInput, address: string): Promise<{ email: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!(await checkPasswordUnderLimits(user.email, address, () => verifyPassword(user.passwordHash, input.currentPassword)))) {
    throw new AppError("INVALID", "That is not your current password.", { field: "currentPassword" });
  }
  if (input.email === user.email) throw new AppError("INVALID", "This is already the email you sign in with.", { field: "email" });
  try {
    return await db.user.update({ where: { id: userId }, data: { email: input.email }, select: { email: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_EXISTS", "Another account signs in with this email: choose another address.", { field: "email" });
    throw error;
  }
}

/**
 * A new password, given the current one. Wrong guesses count against the same limits as signing
 * in, from the same client `address` (decision 040), so a borrowed session cannot try passwords
 * faster than the sign-in form, nor lock the owner out of signing in where they are.
 * Every session signed in before now ends (`sessionOutdated`): the form signs this one in again.
 */
export async function changePassword(userId: string, input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">, address: string): Promise<{ email: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } });
  if (!(await checkPasswordUnderLimits(user.email, address, () => verifyPassword(user.passwordHash, input.currentPassword)))) {
    throw new AppError("INVALID", "That is not your current password.", { field: "currentPassword" });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError("INVALID", "Choose a password different from your current one.", { field: "newPassword" });
  }
  requireStrongPassword(input.newPassword, user, "newPassword");
  await setPassword(userId, input.newPassword);
  // The address to sign in again with, as stored now (it may have changed in another tab).
  return { email: user.email };
}

async function setPassword(userId: string, password: string) {
  await db.user.update({ where: { id: userId }, data: await passwordColumns(password) });
}

/** A new password as stored: its hash, and when it changed (sessions signed in before then are over). */
async function passwordColumns(password: string) {
  return { passwordHash: await hashPassword(password), passwordChangedAt: new Date() };
}

/** Words for a one-time password: easy to read out over the phone, hard to guess (5 of 32, plus digits). */
const RESET_WORDS = "amber basil cedar delta ember fjord grove harbor indigo juniper kestrel lantern meadow nectar orchid pebble quartz raven saffron tundra umber velvet willow yarrow zephyr birch comet dune falcon glacier heron ivy".split(" ");

/**
 * `npm run admin -- reset-password <email>`: for someone who forgot theirs (Toile sends no email).
 * Returns a new random password to hand to them; their sessions end. They change it in Account.
 */
export async function resetPassword(email: string): Promise<string> {
  const user = await accountByEmail(email);
  return givePassword(user.id, null);
}

/**
 * A site admin gives someone who forgot their password a new one, from that person's profile
 * (the CLI's reset without a shell). Whether the actor is a site admin is read from the database
 * now, not from their session. Their own password is changed under Account, which asks for it.
 */
export async function resetPasswordAsAdmin(adminId: string, userId: string): Promise<{ password: string; name: string }> {
  const admin = await db.user.findUnique({ where: { id: adminId }, select: { isSiteAdmin: true, name: true } });
  if (!admin?.isSiteAdmin) throw new AppError("FORBIDDEN", "Only site admins can give someone a new password.");
  if (adminId === userId) throw new AppError("CONFLICT", "Change your own password under Account: it asks for your current one.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
  if (!user) throw new AppError("NOT_FOUND", "This member does not exist.");
  return { password: await givePassword(user.id, admin.name), name: user.name };
}

/**
 * A new random password for `userId`: five words easy to read out, and a number. Every session of
 * theirs ends, and a notice waits for them once they sign in with it: who gave it (`by`, null
 * from the command line) and where to choose their own.
 */
async function givePassword(userId: string, by: string | null): Promise<string> {
  const words = Array.from({ length: 5 }, () => RESET_WORDS[randomInt(RESET_WORDS.length)]);
  const password = `${words.join("-")}-${randomInt(10, 100)}`;
  const columns = await passwordColumns(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: columns });
    const who = by === null ? "A site admin" : `${by}, a site admin,`;
    await sendNotifications([{ userId, kind: "account.password.reset", message: `${who} gave you a new password. Choose your own under Account.`, url: ACCOUNT_PATH }], tx);
  });
  return password;
}
