import { beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { weakPasswordMessage } from "./password";
import { changeNameSchema, changePasswordSchema, PASSWORD_MIN_LENGTH, signInSchema, signUpSchema } from "./schema";

const valid = { email: "  Camille.Martin@Example.TEST ", name: "  Camille Martin ", password: "correct horse battery staple" };

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("sign-up form", () => {
  it("trims the email and name and lower-cases the email, so one address is one account", () => {
    expect(signUpSchema.parse(valid)).toEqual({ email: "camille.martin@example.test", name: "Camille Martin", password: valid.password });
  });

  it("drops the characters that would make a name read backwards, and does not count invisible ones", () => {
    expect(signUpSchema.parse({ ...valid, name: "\u202Eevil gnp.exe" }).name).toBe("evil gnp.exe");
    expect(errorsOf({ ...valid, name: "\u200bC\u200b" })).toEqual({ name: "Enter the name other members will see (at least 2 characters)." });
  });

  it("keeps the password exactly as typed (spaces count)", () => {
    expect(signUpSchema.parse({ ...valid, password: "  spaced out passphrase  " }).password).toBe("  spaced out passphrase  ");
  });

  it("explains each problem next to its field", () => {
    expect(errorsOf({ ...valid, email: "  " })).toEqual({ email: "Enter your email address." });
    expect(errorsOf({ ...valid, email: "camille@" })).toEqual({ email: "Enter a valid email address, like name@example.com." });
    expect(errorsOf({ ...valid, email: `${"a".repeat(250)}@x.fr` })).toEqual({ email: "That email address is too long." });
    expect(errorsOf({ ...valid, name: " C " })).toEqual({ name: "Enter the name other members will see (at least 2 characters)." });
    expect(errorsOf({ ...valid, name: "C".repeat(61) })).toEqual({ name: "Keep your name within 60 characters." });
    expect(errorsOf({ ...valid, password: "short" })).toEqual({ password: `Use at least ${PASSWORD_MIN_LENGTH} characters.` });
    expect(errorsOf({ ...valid, password: "p".repeat(201) })).toEqual({ password: "Use at most 200 characters." });
  });

  it("reports every field at once, and missing fields too", () => {
    expect(Object.keys(errorsOf({}))).toEqual(["email", "name", "password"]);
    expect(Object.keys(errorsOf({ email: "x", name: "", password: "1" })).sort()).toEqual(["email", "name", "password"]);
  });

  it("accepts the limits themselves", () => {
    expect(signUpSchema.safeParse({ ...valid, name: "Al", password: "p".repeat(PASSWORD_MIN_LENGTH) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, name: "N".repeat(60), password: "p".repeat(200) }).success).toBe(true);
  });
});

describe("sign-in form", () => {
  it("lower-cases the email like sign-up does, and needs a password", () => {
    expect(signInSchema.parse({ email: "Member@Toile.TEST", password: "x" }).email).toBe("member@toile.test");
    expect(signInSchema.safeParse({ email: "member@toile.test", password: "" }).success).toBe(false);
  });
});

describe("weak passwords", () => {
  // The first check builds zxcvbn's dictionaries (seconds on a busy machine): once, outside the tests' time limit.
  beforeAll(() => void weakPasswordMessage("warm-up", []), 60_000);

  it("refuses common and patterned passwords with a specific reason", () => {
    for (const password of ["password123", "azertyuiop", "qwertyuiop1", "motdepasse123", "1234567890"]) {
      const message = weakPasswordMessage(password, []);
      expect(message, password).toMatch(/^This password is too easy to guess\. \S/);
    }
  }, 30_000);

  it("refuses the person's own name or email as a password, though it would pass for someone else", () => {
    const inputs = ["ophelia.vantwisk@example.test", "Ophelia Vantwisk", "toile"];
    for (const password of ["ophelia.vantwisk@example.test", "Ophelia Vantwisk"]) {
      expect(weakPasswordMessage(password, []), password).toBeNull();
      expect(weakPasswordMessage(password, inputs), password).toBe("This password is too easy to guess. There should not be any personal or page related data.");
    }
  });

  it("accepts a long passphrase", () => {
    expect(weakPasswordMessage("correct horse battery staple", ["someone@example.test"])).toBeNull();
    expect(weakPasswordMessage("toile-demo-is-not-this-one-7Qx", [])).toBeNull();
  });
});

describe("account forms", () => {
  const change = { currentPassword: "old one", newPassword: "plum velvet harbor kite", confirmPassword: "plum velvet harbor kite" };
  const errors = (input: Record<string, unknown>) => {
    const result = changePasswordSchema.safeParse(input);
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it("a new password needs the current one, the length rule, and the same words twice", () => {
    expect(errors(change)).toEqual({});
    expect(errors({ ...change, currentPassword: "" })).toEqual({ currentPassword: "Enter your current password." });
    expect(errors({ ...change, newPassword: "short", confirmPassword: "short" })).toEqual({ newPassword: `Use at least ${PASSWORD_MIN_LENGTH} characters.` });
    expect(errors({ ...change, confirmPassword: "plum velvet harbor kit" })).toEqual({ confirmPassword: "This does not match the new password. Type it again." });
  });

  it("a new name follows the sign-up rules, trimmed", () => {
    expect(changeNameSchema.parse({ name: "  Camille M. " })).toEqual({ name: "Camille M." });
    expect(changeNameSchema.safeParse({ name: " C " }).success).toBe(false);
    expect(changeNameSchema.safeParse({ name: "x".repeat(61) }).success).toBe(false);
  });
});
