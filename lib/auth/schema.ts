import { z } from "zod";
import { singleLineText } from "@/lib/forms";

/**
 * An email address as accounts store it: trimmed and lower-cased, so one address is one
 * account. `empty` is what to say when nothing was typed (one's own address, or someone else's).
 */
export function emailField(empty = "Enter your email address.") {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like name@example.com."))
    .transform((email) => email.toLowerCase());
}

export const emailSchema = emailField();

export const PASSWORD_MIN_LENGTH = 10;

/** What a new-password field says under it (sign-up, Account). */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong, memorable password.`;

/** The name shown next to one's posts. */
const displayName = z.string().overwrite(singleLineText).min(2, "Enter the name other members will see (at least 2 characters).").max(60, "Keep your name within 60 characters.");

/** A password being chosen (its strength is judged by `weakPasswordMessage`, which knows the person). */
const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");

export const signUpSchema = z.object({
  email: emailSchema,
  name: displayName,
  password: newPassword,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const changeNameSchema = z.object({ name: displayName });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "That is not your current password."),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((input) => input.confirmPassword === input.newPassword, { path: ["confirmPassword"], message: "This does not match the new password. Type it again." });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A new email to sign in with, confirmed by the current password (a borrowed session cannot take the account). */
export const changeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "That is not your current password."),
});
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

/** A person an admin acts on (their profile's hidden field). */
export const userRefSchema = z.object({ userId: z.string().min(1).max(40) });
