"use server";

import { headers } from "next/headers";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { consumeRateLimit } from "@/lib/rate-limit";
import { registerUser } from "./mutations";
import { signUpSchema } from "./schema";

/** Creates the account; the form then signs in through next-auth's credentials provider. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(signUpSchema, Object.fromEntries(formData));
    const forwarded = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
    await consumeRateLimit("signUp", forwarded || "local");
    await registerUser(input);
    return { status: "success", values };
  });
}
