import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refusal, uniqueSuffix } from "@/test/fixtures";
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

/** A client address of its own (documentation range), so tests do not share limits. */
function anAddress(): string {
  const suffix = uniqueSuffix();
  return `2001:db8:${suffix.slice(0, 4)}::${suffix.slice(4)}`;
}

/** next-auth's view of a request from `address` (no proxy in front: TOILE_PROXY_HOPS=0). */
const from = (address: string) => ({ headers: { "x-forwarded-for": address } });

/** Registers through the form's schema, as the sign-up action does. */
async function register(overrides: { email?: string; name?: string; password?: string } = {}) {
  const suffix = uniqueSuffix();
  const form = { email: overrides.email ?? `Person-${suffix}@Example.test`, name: overrides.name ?? `Person ${suffix}`, password: overrides.password ?? PASSWORD };
  const input = signUpSchema.parse(form);
  return { ...(await registerUser(input, anAddress())), email: input.email, name: input.name };
}

describe("registering", () => {
  const rateLimits = process.env.TOILE_RATE_LIMITS;
  afterEach(() => {
    process.env.TOILE_RATE_LIMITS = rateLimits;
  });

  it("spends the sign-up limit only on sign-ups that would create an account: a weak password costs nothing, a taken email does", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const here = anAddress();
    const suffix = uniqueSuffix();
    const signUp = (email: string, password = PASSWORD) => registerUser(signUpSchema.parse({ email, name: `Person ${suffix}`, password }), here);
    for (let attempt = 0; attempt < 25; attempt++) expect((await refusal(signUp(`weak-${attempt}-${suffix}@example.test`, "password123"))).code).toBe("INVALID");
    const first = `first-${suffix}@example.test`;
    await signUp(first);
    // A taken email is spent (or the form would be a fast way to learn who has an account).
    for (let attempt = 0; attempt < 19; attempt++) expect((await refusal(signUp(first))).code).toBe("ALREADY_EXISTS");
    expect((await refusal(signUp(`last-${suffix}@example.test`))).message).toBe("Too many accounts created from here. Try again later.");
  }, 60_000);

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

  it("counts wrong passwords per account and address: the guesser waits, the owner elsewhere signs in", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const { email } = await register();
    const [attacker, owner] = [anAddress(), anAddress()];
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(((await failure(authorizeCredentials({ email, password: `guess ${attempt}` }, from(attacker)))) as Error).message).toBe(SIGN_IN_ERRORS.invalid);
    }
    // From the guesser's address even the right password waits (and is not checked)…
    const error = await failure(authorizeCredentials({ email, password: PASSWORD }, from(attacker)));
    expect((error as Error).message).toBe("Too many wrong passwords for this account from here. Try again in a few minutes.");
    // …while the owner's own address is not locked out, however often they sign in.
    for (let attempt = 0; attempt < 12; attempt++) expect((await authorizeCredentials({ email, password: PASSWORD }, from(owner))).email).toBe(email);
    // Behind one proxy, the address is the one it saw, whatever the client wrote before it.
    const proxied = await failure(authorizeCredentials({ email, password: PASSWORD }, from(`${owner}, ${attacker}`)));
    expect((proxied as Error).message).toMatch(/^Too many wrong passwords/);
  });

  it("counts failures, not attempts: a right password clears the address's count", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const { email } = await register();
    const here = anAddress();
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 9; attempt++) await failure(authorizeCredentials({ email, password: "guess" }, from(here)));
      expect((await authorizeCredentials({ email, password: PASSWORD }, from(here))).email).toBe(email);
    }
    // Unknown emails count as accounts do, so the limits do not tell who has one.
    const nobody = `nobody-${uniqueSuffix()}@example.test`;
    for (let attempt = 0; attempt < 10; attempt++) await failure(authorizeCredentials({ email: nobody, password: "guess" }, from(here)));
    expect(((await failure(authorizeCredentials({ email: nobody, password: "guess" }, from(here)))) as Error).message).toMatch(/^Too many wrong passwords/);
  });

  it("slows one address spraying a password over many accounts; other addresses are not slowed", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const [victim, bystander] = [await register(), await register()];
    const sprayer = anAddress();
    // A few real accounts, the rest unknown emails: each is one failure for the address.
    for (let attempt = 0; attempt < 50; attempt++) {
      const email = attempt < 5 ? victim.email : `sprayed-${attempt}-${uniqueSuffix()}@example.test`;
      expect(((await failure(authorizeCredentials({ email, password: "Summer2024!" }, from(sprayer)))) as Error).message).toBe(SIGN_IN_ERRORS.invalid);
    }
    const error = await failure(authorizeCredentials({ email: bystander.email, password: PASSWORD }, from(sprayer)));
    expect((error as Error).message).toBe("Too many failed sign-ins from your network. Try again in an hour.");
    expect((await authorizeCredentials({ email: bystander.email, password: PASSWORD }, from(anAddress()))).email).toBe(bystander.email);
  }, 60_000);

  it("after many wrong passwords from many addresses, only where the account signed in lately may try", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const { email } = await register();
    const home = anAddress();
    await authorizeCredentials({ email, password: PASSWORD }, from(home));
    // 100 failures from ten addresses (forged ones, without a proxy), ten each.
    for (let address = 0; address < 10; address++) {
      const guesser = anAddress();
      for (let attempt = 0; attempt < 10; attempt++) await failure(authorizeCredentials({ email, password: `guess ${address}-${attempt}` }, from(guesser)));
    }
    const error = await failure(authorizeCredentials({ email, password: PASSWORD }, from(anAddress())));
    expect((error as Error).message).toMatch(/^This account has had many wrong passwords from many places/);
    expect((await authorizeCredentials({ email, password: PASSWORD }, from(home))).email).toBe(email);
  }, 120_000);
});
