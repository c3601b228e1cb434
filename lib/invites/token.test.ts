import { describe, expect, it } from "vitest";
import { hashInviteToken, invitePath, isWellFormedInviteToken, newInviteToken, TOKEN_PREFIX_LENGTH } from "./token";

describe("invitation tokens", () => {
  it("are 256 random bits in base64url, stored only as their SHA-256, with a short prefix to tell them apart", () => {
    const { token, tokenHash, tokenPrefix } = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashInviteToken(token));
    expect(tokenHash).not.toContain(token);
    expect(tokenPrefix).toBe(token.slice(0, TOKEN_PREFIX_LENGTH));
    expect(invitePath(token)).toBe(`/invite/${token}`);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newInviteToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("hash as SHA-256 of the token's text", () => {
    expect(hashInviteToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("are recognised by shape before any lookup", () => {
    expect(isWellFormedInviteToken(newInviteToken().token)).toBe(true);
    expect(isWellFormedInviteToken("")).toBe(false);
    expect(isWellFormedInviteToken("a".repeat(42))).toBe(false);
    expect(isWellFormedInviteToken("a".repeat(44))).toBe(false);
    expect(isWellFormedInviteToken(`${"a".repeat(42)}=`)).toBe(false);
    expect(isWellFormedInviteToken(`${"a".repeat(42)}/`)).toBe(false);
    expect(isWellFormedInviteToken(`${"a".repeat(42)}+`)).toBe(false);
  });
});
