import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser, refusal } from "@/test/fixtures";
import { parseInput } from "@/lib/forms";
import { changeEmail, changeName, changePassword, resetPassword } from "./mutations";
import { changeEmailSchema, changePasswordSchema } from "./schema";
import { authorizeCredentials } from "./options";
import { sessionOutdated } from "./session-age";

const CURRENT = "correct horse battery staple"; // makeUser's password
const NEW = "plum velvet harbor kite";
const HERE = "192.0.2.10";


const stored = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { name: true, passwordHash: true, passwordChangedAt: true } });

describe("one's own account", () => {
  const rateLimits = process.env.TOILE_RATE_LIMITS;
  afterEach(() => {
    process.env.TOILE_RATE_LIMITS = rateLimits;
  });

  it("changes the name others see", async () => {
    const user = await makeUser();
    expect(await changeName(user.id, "Camille Martin")).toEqual({ name: "Camille Martin" });
    expect((await stored(user.id)).name).toBe("Camille Martin");
  });

  it("changes the email given the current password: the new one signs in, the old one no longer does; sessions go on", async () => {
    const [user, other] = await Promise.all([makeUser(), makeUser()]);
    const input = parseInput(changeEmailSchema, { email: `  New.${user.email.toUpperCase()} `, currentPassword: CURRENT });
    expect(await changeEmail(user.id, input, HERE)).toEqual({ email: `new.${user.email}` });
    expect(await authorizeCredentials({ email: `new.${user.email}`, password: CURRENT })).toMatchObject({ id: user.id });
    await expect(authorizeCredentials({ email: user.email, password: CURRENT })).rejects.toThrow("Wrong email or password.");
    expect((await stored(user.id)).passwordChangedAt).toBeNull();

    // Refused next to the field, nothing changed: a wrong password, one's own address, another account's.
    const refusedOn = async (email: string, currentPassword: string) => {
      const error = await refusal(changeEmail(user.id, parseInput(changeEmailSchema, { email, currentPassword }), HERE));
      return [error.code, error.field, error.message];
    };
    expect(await refusedOn("elsewhere@example.test", "not it at all")).toEqual(["INVALID", "currentPassword", "That is not your current password."]);
    expect(await refusedOn(`new.${user.email}`, CURRENT)).toEqual(["INVALID", "email", "This is already the email you sign in with."]);
    expect(await refusedOn(other.email, CURRENT)).toEqual(["ALREADY_EXISTS", "email", "Another account signs in with this email: choose another address."]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(`new.${user.email}`);
    expect(changeEmailSchema.safeParse({ email: "not an address", currentPassword: CURRENT }).error?.issues[0]?.message).toBe("Enter a valid email address, like name@example.com.");
  });

  it("changes the password given the current one: the new one signs in, the old one no longer does, older sessions end", async () => {
    const user = await makeUser();
    const signedInBefore = Date.now() - 1;
    await changePassword(user.id, { currentPassword: CURRENT, newPassword: NEW }, HERE);
    const after = await stored(user.id);
    expect(after.passwordChangedAt).not.toBeNull();
    expect(sessionOutdated(signedInBefore, after.passwordChangedAt)).toBe(true);
    expect(await authorizeCredentials({ email: user.email, password: NEW })).toMatchObject({ id: user.id });
    await expect(authorizeCredentials({ email: user.email, password: CURRENT })).rejects.toThrow("Wrong email or password.");
  });

  it("signs in with a password as signing up kept it: typed text is cleaned of control characters the same way at both ends", async () => {
    const user = await makeUser();
    const pasted = "plum\u0001 velvet\u0000 harbor kite";
    await changePassword(user.id, parseInput(changePasswordSchema, { currentPassword: CURRENT, newPassword: pasted, confirmPassword: pasted }), HERE);
    expect(await authorizeCredentials({ email: user.email, password: pasted })).toMatchObject({ id: user.id });
    expect(await authorizeCredentials({ email: user.email, password: "plum velvet harbor kite" })).toMatchObject({ id: user.id });
  });

  it("refuses a wrong current password, the same password, a guessable one, next to the right field, and changes nothing", async () => {
    const user = await makeUser({ name: "Ophelia Vantwisk" });
    const before = await stored(user.id);
    expect(await refusal(changePassword(user.id, { currentPassword: "not it at all", newPassword: NEW }, HERE))).toMatchObject({ field: "currentPassword", message: "That is not your current password." });
    expect(await refusal(changePassword(user.id, { currentPassword: CURRENT, newPassword: CURRENT }, HERE))).toMatchObject({ field: "newPassword", message: "Choose a password different from your current one." });
    expect(await refusal(changePassword(user.id, { currentPassword: CURRENT, newPassword: "Ophelia Vantwisk" }, HERE))).toMatchObject({ field: "newPassword", message: expect.stringMatching(/^This password is too easy to guess\./) });
    expect(await stored(user.id)).toEqual(before);
  });

  it("wrong current passwords count against the sign-in limit of the account from that address, not the owner's", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const user = await makeUser();
    const [borrowed, owner] = ["2001:db8:1::" + user.id.slice(-6), "2001:db8:2::" + user.id.slice(-6)];
    for (let i = 0; i < 10; i++) await refusal(changePassword(user.id, { currentPassword: `guess ${i}`, newPassword: NEW }, borrowed));
    expect((await refusal(changePassword(user.id, { currentPassword: CURRENT, newPassword: NEW }, borrowed))).code).toBe("RATE_LIMITED");
    await expect(authorizeCredentials({ email: user.email, password: CURRENT }, { headers: { "x-forwarded-for": borrowed } })).rejects.toThrow(/Too many wrong passwords/);
    // The owner, where they are, still signs in and changes their password.
    expect(await authorizeCredentials({ email: user.email, password: CURRENT }, { headers: { "x-forwarded-for": owner } })).toMatchObject({ id: user.id });
    await changePassword(user.id, { currentPassword: CURRENT, newPassword: NEW }, owner);
  });

  it("an admin's reset gives a readable random password that signs in, and ends every session", async () => {
    const user = await makeUser();
    const password = await resetPassword(`  ${user.email.toUpperCase()} `);
    expect(password).toMatch(/^[a-z]+(-[a-z]+){4}-\d{2}$/);
    expect(await resetPassword(user.email)).not.toBe(password);
    expect(sessionOutdated(Date.now() - 60_000, (await stored(user.id)).passwordChangedAt)).toBe(true);
    await expect(authorizeCredentials({ email: user.email, password })).rejects.toThrow("Wrong email or password.");
    const latest = await resetPassword(user.email);
    expect(await authorizeCredentials({ email: user.email, password: latest })).toMatchObject({ id: user.id });
    expect((await refusal(resetPassword("nobody@example.test"))).message).toBe("No account uses nobody@example.test.");
  });
});
