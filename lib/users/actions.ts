"use server";

import { refresh } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { consumeRateLimit } from "@/lib/rate-limit";
import { updateProfile } from "./mutations";
import { profileSchema } from "./schema";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(profileSchema, values);
    const viewer = await requireViewer();
    await consumeRateLimit("edit", viewer.id);
    await updateProfile(viewer.id, input);
    refresh();
    return { status: "success", message: "Saved: your profile shows it now.", values };
  });
}
