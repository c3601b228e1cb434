"use server";

import { refresh } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";
import { notificationRefSchema } from "./schema";

export async function markNotificationReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { notificationId } = parseInput(notificationRefSchema, values);
    await markNotificationRead(viewer.id, notificationId);
    refresh();
    return { status: "success" };
  });
}

export async function markAllNotificationsReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const count = await markAllNotificationsRead(viewer.id);
    refresh();
    return { status: "success", message: count === 0 ? "Nothing left to mark." : `${count} notification${count === 1 ? "" : "s"} marked as read.` };
  });
}
