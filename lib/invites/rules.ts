/**
 * When an invitation link can still bring someone in: pure rules, `now` passed in (decision 015).
 */

/** How long a new link lasts: a day for a meeting, a week by default, a month for a newsletter. */
export const INVITE_EXPIRY_DAYS = [1, 7, 30] as const;
export type InviteExpiryDays = (typeof INVITE_EXPIRY_DAYS)[number];
export const DEFAULT_INVITE_EXPIRY_DAYS: InviteExpiryDays = 7;
/** A cap on uses, when one is set: a link for a class or a team, not a broadcast. */
export const MAX_INVITE_USES = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function inviteExpiresAt(days: InviteExpiryDays, now: Date): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export interface InviteStanding {
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  revokedAt: Date | null;
}

export type InviteState = "usable" | "revoked" | "expired" | "used-up";

/**
 * Revoked first (the owner's decision says the most), then expired (at `expiresAt` exactly it no
 * longer works), then used up. The accepting mutation applies the same conditions in its
 * conditional update; this tells the person which one failed.
 */
export function inviteState(invite: InviteStanding, now: Date): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return "used-up";
  return "usable";
}

/** What the invitation page and a refused join say, one sentence per state. */
export const INVITE_STATE_MESSAGES: Record<Exclude<InviteState, "usable">, string> = {
  revoked: "This invitation was revoked by the group's owners.",
  expired: "This invitation has expired.",
  "used-up": "This invitation has been used as many times as it allows.",
};

/** "3 / 10", or "3" with no cap. */
export function usesLabel(invite: Pick<InviteStanding, "uses" | "maxUses">): string {
  return invite.maxUses === null ? `${invite.uses} (no limit)` : `${invite.uses} / ${invite.maxUses}`;
}

/**
 * When a link stops working, counted in days, hours or minutes ("in 7 days"): the words a
 * relative time would use ("next week", "next month") are too vague for a deadline.
 */
export function expiresInLabel(expiresAt: Date, now: Date): string {
  const ms = expiresAt.getTime() - now.getTime();
  if (ms <= 0) return "expired";
  const [count, unit] = ms >= DAY_MS ? [Math.round(ms / DAY_MS), "day"] : ms >= 60 * 60 * 1000 ? [Math.round(ms / (60 * 60 * 1000)), "hour"] : [Math.max(1, Math.round(ms / 60_000)), "minute"];
  return `in ${count} ${unit}${count === 1 ? "" : "s"}`;
}
