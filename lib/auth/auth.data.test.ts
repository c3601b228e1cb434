import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniqueSuffix } from "@/test/fixtures";
import { registerUser } from "./mutations";
import { authorizeCredentials, SIGN_IN_ERRORS } from "./options";
import { verifyPassword } from "./password";
import { signUpSchema } from "./schema";

const PASSWORD = "correct horse battery staple";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

/** Registers through the form's schema, as the sign-up action does. */
async function register(overrides: { email?: string; name?: string; password?: string } = {}) {
  const suffix = uniqueSuffix();
  const form = { email: overrides.email ?? `Person-${suffix}@Example.test`, name: overrides.name ?? `Person ${suffix}`, password: overrides.password ?? PASSWORD };
  const input = signUpSchema.parse(form);
  return { ...(await registerUser(input)), email: input.email, name: input.name };
}

describe("registering", () => {
  it("stores an argon2 hash, never the password, under the lower-cased email", async () => {
    const { id, email } = await register();
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe(email);
    expect(email).toBe(email.toLowerCase());
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong horse battery staple")).toBe(false);
    expect(user.isSiteAdmin).toBe(false);
  });

  it("refuses an email already in use, whatever its case, on the email field", async () => {
    const first = await register();
    const count = await db.user.count();
    const error = await failure(register({ email: first.email.toUpperCase(), name: "Someone Else" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "ALREADY_EXISTS", field: "email", message: "An account already uses this email. Sign in instead, or use another address." });
    expect(await db.user.count()).toBe(count);
  });

  it("refuses a weak password on the password field, with the reason, and writes nothing", async () => {
    const count = await db.user.count();
    for (const password of ["password123", "azertyuiop"]) {
      const error = await failure(register({ password }));
      expect(error, password).toBeInstanceOf(AppError);
      expect(error, password).toMatchObject({ code: "INVALID", field: "password" });
      expect((error as AppError).message, password).toMatch(/^This password is too easy to guess\. \S/);
    }
    // The person's own name is no password.
    const error = await failure(register({ name: "Ophelia Vantwisk", password: "Ophelia Vantwisk" }));
    expect(error).toMatchObject({ code: "INVALID", field: "password" });
    expect(await db.user.count()).toBe(count);
  });
});

describe("signing in with credentials", () => {
  const rateLimits = process.env.TOILE_RATE_LIMITS;
  afterEach(() => {
    process.env.TOILE_RATE_LIMITS = rateLimits;
  });

  it("returns the user for the right password, whatever the email's case and spacing", async () => {
    const { id, email, name } = await register();
    expect(await authorizeCredentials({ email, password: PASSWORD })).toEqual({ id, email, name });
    expect(await authorizeCredentials({ email: `  ${email.toUpperCase()} `, password: PASSWORD })).toEqual({ id, email, name });
  });

  it("refuses a wrong password and an unknown email with the same clear message", async () => {
    const { email } = await register();
    for (const credentials of [
      { email, password: "not the password" },
      { email, password: `${PASSWORD} ` },
      { email: `nobody-${uniqueSuffix()}@example.test`, password: PASSWORD },
    ]) {
      const error = await failure(authorizeCredentials(credentials));
      expect(error, JSON.stringify(credentials)).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(SIGN_IN_ERRORS.invalid);
    }
  });

  it("refuses malformed or missing credentials with that message too", async () => {
    for (const credentials of [undefined, {}, { email: "not an email", password: PASSWORD }, { email: "a@b.test", password: "" }, { email: "a@b.test", password: "p".repeat(201) }]) {
      expect(((await failure(authorizeCredentials(credentials))) as Error).message, JSON.stringify(credentials)).toBe(SIGN_IN_ERRORS.invalid);
    }
  });

  it("slows password guessing per account: after 10 attempts even the right password waits", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const { email } = await register();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(((await failure(authorizeCredentials({ email, password: `guess ${attempt}` }))) as Error).message).toBe(SIGN_IN_ERRORS.invalid);
    }
    const error = await failure(authorizeCredentials({ email, password: PASSWORD }));
    expect((error as Error).message).toBe("Too many sign-in attempts for this account. Try again in a few minutes.");
    // Another account is not affected, and its successful sign-in clears its own count.
    const other = await register();
    for (let attempt = 0; attempt < 9; attempt++) await failure(authorizeCredentials({ email: other.email, password: "guess" }));
    expect((await authorizeCredentials({ email: other.email, password: PASSWORD })).email).toBe(other.email);
    for (let attempt = 0; attempt < 9; attempt++) await failure(authorizeCredentials({ email: other.email, password: "guess" }));
    expect((await authorizeCredentials({ email: other.email, password: PASSWORD })).email).toBe(other.email);
  });
});
