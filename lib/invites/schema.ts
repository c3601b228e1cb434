import { z } from "zod";
import { DEFAULT_INVITE_EXPIRY_DAYS, INVITE_EXPIRY_DAYS, MAX_INVITE_USES, type InviteExpiryDays } from "./rules";

const ref = z.string().min(1).max(40);

export const createInviteSchema = z.object({
  groupId: ref,
  expiresInDays: z
    .string()
    .optional()
    .transform((value, context): InviteExpiryDays => {
      if (value === undefined || value === "") return DEFAULT_INVITE_EXPIRY_DAYS;
      const days = INVITE_EXPIRY_DAYS.find((choice) => String(choice) === value);
      if (days === undefined) {
        context.addIssue({ code: "custom", message: "Choose how long the link works: 1, 7 or 30 days." });
        return z.NEVER;
      }
      return days;
    }),
  // Empty means no cap; otherwise a whole number of people, typed as text (so "abc" gets a message, not NaN).
  maxUses: z
    .string()
    .optional()
    .transform((value, context): number | null => {
      const text = value?.trim() ?? "";
      if (text === "") return null;
      if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_INVITE_USES) {
        context.addIssue({ code: "custom", message: `Leave it empty for no limit, or enter a whole number from 1 to ${MAX_INVITE_USES}.` });
        return z.NEVER;
      }
      return Number(text);
    }),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const inviteRefSchema = z.object({ groupId: ref, inviteId: ref });

/** A token as typed into the accept form's hidden field: its shape is checked by the mutation. */
export const acceptInviteSchema = z.object({ token: z.string().min(1).max(100) });
