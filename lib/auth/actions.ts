"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { formValues, handleForm, hiddenRefs, parseInput, type FormState } from "@/lib/forms";
import { requestAddress } from "./client-address";
import { changeEmail, changeName, changePassword, registerUser, resetPasswordAsAdmin } from "./mutations";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, signUpSchema, userRefSchema } from "./schema";
import { requireViewer } from "./session";

/** Creates the account; the form then signs in through next-auth's credentials provider. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(signUpSchema, Object.fromEntries(formData));
    await registerUser(input, requestAddress((await headers()).get("x-forwarded-for")));
    return { status: "success", values };
  });
}

export async function changeNameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(changeNameSchema, values);
    const viewer = await requireViewer();
    const { name } = await changeName(viewer.id, input.name);
    refresh();
    return { status: "success", message: `Saved: other members now see you as ${name}.`, values: { name } };
  });
}

/** The email kept as typed; the password never travels back (the form keeps it in its own state). */
export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm({}, async () => {
    const input = parseInput(changeEmailSchema, Object.fromEntries(formData));
    const viewer = await requireViewer();
    const { email } = await changeEmail(viewer.id, input, requestAddress((await headers()).get("x-forwarded-for")));
    refresh();
    return { status: "success", message: `Saved: you now sign in as ${email}.`, values: { email } };
  });
}

/** Passwords never travel back: the form keeps what was typed in its own state. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return handleForm({}, async () => {
    const input = parseInput(changePasswordSchema, Object.fromEntries(formData));
    const viewer = await requireViewer();
    const { email } = await changePassword(viewer.id, input, requestAddress((await headers()).get("x-forwarded-for")));
    // The email travels back (not the passwords): the form signs in again with it.
    return { status: "success", message: "Password changed. Every other browser signed in as you is now signed out.", values: { email } };
  });
}

/**
 * A site admin gives someone a new password from their profile: shown once, in the answer, for
 * the admin to hand over (Toile sends no email); it is never stored in the clear.
 */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { userId } = parseInput(userRefSchema, values, hiddenRefs("member", "userId"));
    const viewer = await requireViewer();
    const { password, name } = await resetPasswordAsAdmin(viewer.id, userId);
    return { status: "success", message: `New password for ${name}: ${password}`, values: {} };
  });
}
