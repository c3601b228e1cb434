"use server";

import { headers } from "next/headers";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { limitSignUp } from "./client-address";
import { registerUser } from "./mutations";
import { signUpSchema } from "./schema";

/** Creates the account; the form then signs in through next-auth's credentials provider. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(signUpSchema, Object.fromEntries(formData));
    await limitSignUp((await headers()).get("x-forwarded-for"));
    await registerUser(input);
    return { status: "success", values };
  });
}
