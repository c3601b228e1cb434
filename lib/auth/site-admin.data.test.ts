/**
 * Making a user a site admin: the mutation, and `npm run admin -- grant|revoke <email>` run as
 * a real process (tsx) against this file's database.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { makeUser } from "@/test/fixtures";
import { resetPasswordAsAdmin, setSiteAdmin } from "./mutations";
import { authorizeCredentials } from "./options";

const root = fileURLToPath(new URL("../..", import.meta.url));
const isAdmin = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { isSiteAdmin: true } })).isSiteAdmin;

/** Runs the CLI; resolves with its exit code and output instead of throwing on a failure. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, ["scripts/site-admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe("setSiteAdmin", () => {
  it("grants and revokes, finding the account by its e-mail in any case", async () => {
    const user = await makeUser();
    const other = await makeUser();
    await setSiteAdmin(user.email.toUpperCase(), true);
    expect(await isAdmin(user.id)).toBe(true);
    expect(await isAdmin(other.id)).toBe(false);
    await setSiteAdmin(user.email, true); // idempotent
    expect(await isAdmin(user.id)).toBe(true);
    await setSiteAdmin(user.email, false);
    expect(await isAdmin(user.id)).toBe(false);
  });

  it("an unknown e-mail is a NOT_FOUND error that names it, and changes nobody", async () => {
    const before = await db.user.count({ where: { isSiteAdmin: true } });
    const error = await setSiteAdmin("nobody@example.test", true).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    expect((error as Error).message).toBe("No account uses nobody@example.test.");
    expect(await db.user.count({ where: { isSiteAdmin: true } })).toBe(before);
  });
});

describe("npm run admin (scripts/site-admin.ts)", () => {
  it("grants, then revokes, and says so", async () => {
    const user = await makeUser();
    const granted = await cli("grant", user.email);
    expect(granted).toMatchObject({ code: 0, stdout: `${user.email} is now a site admin.\n` });
    expect(await isAdmin(user.id)).toBe(true);
    const revoked = await cli("revoke", user.email);
    expect(revoked).toMatchObject({ code: 0, stdout: `${user.email} is no longer a site admin.\n` });
    expect(await isAdmin(user.id)).toBe(false);
  }, 120_000);

  it("reset-password prints a new password that signs in", async () => {
    const user = await makeUser();
    const reset = await cli("reset-password", user.email);
    expect(reset.code).toBe(0);
    const password = /can now sign in with: (\S+)\n/.exec(reset.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await authorizeCredentials({ email: user.email, password })).toMatchObject({ id: user.id });
  }, 120_000);

  it("an unknown e-mail exits 1 with a clear message; a bad command exits 2 with the usage", async () => {
    const unknown = await cli("grant", "ghost@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No account uses ghost@example.test.");
    expect(unknown.stdout).toBe("");
    const usage = await cli("promote", "someone@example.test");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run admin -- grant|revoke|reset-password <email>");
    expect((await cli("grant")).code).toBe(2);
  }, 120_000);
});

describe("resetPasswordAsAdmin", () => {
  it("gives a new password that signs in, ends the person's sessions and tells them who gave it", async () => {
    const admin = await makeUser({ name: "Site Admin Sam", isSiteAdmin: true });
    const person = await makeUser({ name: "Forgetful Fay" });
    const before = new Date(Date.now() - 1000);
    const { password, name } = await resetPasswordAsAdmin(admin.id, person.id);
    expect(name).toBe("Forgetful Fay");
    expect(password).toMatch(/^([a-z]+-){5}\d{2}$/);
    expect(await authorizeCredentials({ email: person.email, password })).toMatchObject({ id: person.id });
    await expect(authorizeCredentials({ email: person.email, password: "correct horse battery staple" })).rejects.toThrow();
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { passwordChangedAt: true, passwordHash: true } });
    expect(stored.passwordChangedAt!.getTime()).toBeGreaterThan(before.getTime());
    expect(stored.passwordHash).not.toContain(password);
    expect(await db.notification.findMany({ where: { userId: person.id }, select: { kind: true, message: true, url: true } })).toEqual([
      { kind: "account.password.reset", message: "Site Admin Sam, a site admin, gave you a new password. Choose your own under Account.", url: "/me/settings" },
    ]);
  });

  it("refuses anyone but a site admin (as the database says now), their own account, and unknown people", async () => {
    const admin = await makeUser({ isSiteAdmin: true });
    const member = await makeUser();
    const person = await makeUser();
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash;
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (isAppError(error) ? error.code : error));
    expect(await refusal(resetPasswordAsAdmin(member.id, person.id))).toBe("FORBIDDEN");
    expect(await refusal(resetPasswordAsAdmin(admin.id, admin.id))).toBe("CONFLICT");
    expect(await refusal(resetPasswordAsAdmin(admin.id, "no-such-user"))).toBe("NOT_FOUND");
    await setSiteAdmin(admin.email, false);
    expect(await refusal(resetPasswordAsAdmin(admin.id, person.id))).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBe(hashBefore);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(0);
  });
});
