"use server";

import { refresh } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { markAllNotificationsRead, openNotification } from "./mutations";
import { notificationRefSchema } from "./schema";

export async function markNotificationReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { notificationId } = parseInput(notificationRefSchema, values);
    // One's own, read or not, is read afterwards; anyone else's is not theirs to touch.
    if ((await openNotification(viewer.id, notificationId)) === null) throw new AppError("NOT_FOUND", "This notification does not exist.");
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
