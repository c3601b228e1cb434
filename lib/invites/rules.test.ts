import { describe, expect, it } from "vitest";
import { expiresInLabel, inviteExpiresAt, inviteState, usesLabel, type InviteStanding } from "./rules";
import { createInviteSchema } from "./schema";

const now = new Date("2026-11-26T12:00:00Z");
const fresh: InviteStanding = { expiresAt: new Date("2026-12-03T12:00:00Z"), maxUses: null, uses: 0, revokedAt: null };

describe("inviteState", () => {
  it("is usable until it expires, is revoked or is used up", () => {
    expect(inviteState(fresh, now)).toBe("usable");
    expect(inviteState({ ...fresh, uses: 9999 }, now)).toBe("usable");
    expect(inviteState({ ...fresh, maxUses: 3, uses: 2 }, now)).toBe("usable");
  });

  it("expires at its expiry exactly, not a millisecond later", () => {
    expect(inviteState({ ...fresh, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("usable");
    expect(inviteState({ ...fresh, expiresAt: now }, now)).toBe("expired");
    expect(inviteState({ ...fresh, expiresAt: new Date(now.getTime() - 1) }, now)).toBe("expired");
  });

  it("is used up once its uses reach the maximum", () => {
    expect(inviteState({ ...fresh, maxUses: 3, uses: 3 }, now)).toBe("used-up");
    expect(inviteState({ ...fresh, maxUses: 1, uses: 1 }, now)).toBe("used-up");
  });

  it("says revoked before expired before used up", () => {
    const everything = { expiresAt: now, maxUses: 1, uses: 1, revokedAt: now };
    expect(inviteState(everything, now)).toBe("revoked");
    expect(inviteState({ ...everything, revokedAt: null }, now)).toBe("expired");
  });
});

describe("invite links' options", () => {
  it("expire a whole number of days after their creation", () => {
    expect(inviteExpiresAt(1, now).toISOString()).toBe("2026-11-27T12:00:00.000Z");
    expect(inviteExpiresAt(7, now).toISOString()).toBe("2026-12-03T12:00:00.000Z");
    expect(inviteExpiresAt(30, now).toISOString()).toBe("2026-12-26T12:00:00.000Z");
  });

  it("say when they expire in days, hours or minutes", () => {
    expect(expiresInLabel(inviteExpiresAt(30, now), now)).toBe("in 30 days");
    expect(expiresInLabel(inviteExpiresAt(7, new Date(now.getTime() - 5000)), now)).toBe("in 7 days");
    expect(expiresInLabel(inviteExpiresAt(1, now), now)).toBe("in 1 day");
    expect(expiresInLabel(new Date(now.getTime() + 5 * 3600_000 + 60_000), now)).toBe("in 5 hours");
    expect(expiresInLabel(new Date(now.getTime() + 3600_000), now)).toBe("in 1 hour");
    expect(expiresInLabel(new Date(now.getTime() + 20_000), now)).toBe("in 1 minute");
    expect(expiresInLabel(new Date(now.getTime() + 42 * 60_000), now)).toBe("in 42 minutes");
    expect(expiresInLabel(now, now)).toBe("expired");
  });

  it("show their uses against their limit", () => {
    expect(usesLabel({ uses: 2, maxUses: 10 })).toBe("2 / 10");
    expect(usesLabel({ uses: 2, maxUses: null })).toBe("2 (no limit)");
  });

  it("are validated: 7 days and no limit by default, a whole number of uses otherwise", () => {
    expect(createInviteSchema.parse({ groupId: "g1" })).toEqual({ groupId: "g1", expiresInDays: 7, maxUses: null });
    expect(createInviteSchema.parse({ groupId: "g1", expiresInDays: "30", maxUses: " 25 " })).toEqual({ groupId: "g1", expiresInDays: 30, maxUses: 25 });
    expect(createInviteSchema.parse({ groupId: "g1", expiresInDays: "1", maxUses: "" })).toMatchObject({ expiresInDays: 1, maxUses: null });
    const uses = "Leave it empty for no limit, or enter a whole number from 1 to 1000.";
    for (const maxUses of ["0", "-1", "2.5", "abc", "1001", "1e3"]) {
      expect(createInviteSchema.safeParse({ groupId: "g1", maxUses }).error?.issues[0]).toMatchObject({ path: ["maxUses"], message: uses });
    }
    expect(createInviteSchema.safeParse({ groupId: "g1", expiresInDays: "365" }).error?.issues[0]).toMatchObject({ path: ["expiresInDays"], message: "Choose how long the link works: 1, 7 or 30 days." });
  });
});
