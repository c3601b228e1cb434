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

export const signUpSchema = z.object({
  email: emailSchema,
  name: z.string().overwrite(singleLineText).min(2, "Enter the name other members will see (at least 2 characters).").max(60, "Keep your name within 60 characters."),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(200, "Use at most 200 characters."),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
