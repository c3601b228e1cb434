"use server";

import { refresh } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { GROUP_REF } from "@/lib/groups/schema";
import { markAllNotificationsRead, openNotification, setGroupNoticesMuted, setMutedNotices } from "./mutations";
import { noticePreferencesSchema } from "./preferences";
import { groupNoticesSchema, notificationRefSchema } from "./schema";

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

/** Saves which optional notices the person receives (decision 031); the form shows what was saved. */
export async function saveNoticePreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const muted = parseInput(noticePreferencesSchema, values);
    await setMutedNotices(viewer.id, muted);
    return { status: "success", message: muted.length === 0 ? "Saved: you will be told of all of these." : "Saved.", values };
  });
}

/** Mutes one group's optional notices, or hears them again (decision 031). */
export async function setGroupNoticesMutedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId, muted } = parseInput(groupNoticesSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await setGroupNoticesMuted(viewer.id, groupId, muted);
    refresh();
    return {
      status: "success",
      message: muted
        ? "Muted: its meetups and reactions no longer notify you; replies and mentions still do."
        : "Unmuted: you will hear of its meetups and reactions again.",
    };
  });
}
