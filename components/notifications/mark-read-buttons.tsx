"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, InlineFormError } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { NOTIFICATIONS_HEADING_ID } from "@/lib/notifications/schema";

/**
 * One notification's button. Its accessible name says which notification ("Mark as read: New
 * meetup in …"): in a list of them, a screen reader's list of buttons would otherwise be the
 * same words over and over. It starts with the visible text, so voice control still finds it.
 */
export function MarkReadButton({ notificationId, message }: { notificationId: number; message: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    // The button goes once the notification is read: the keyboard stays on that notification.
    const link = formRef.current?.closest("li")?.querySelector<HTMLElement>("a");
    const result = await markNotificationReadAction(previous, formData);
    if (result.status === "success") link?.focus();
    return result;
  }, initialFormState);
  return (
    <form ref={formRef} action={action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-xs" aria-label={`Mark as read: ${message}`}>
        Mark as read
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await markAllNotificationsReadAction(previous, formData);
    // The button goes with the last unread notification: keep the keyboard on the page's heading
    // (the count beside it, a live region, says "All caught up.").
    if (result.status === "success") document.getElementById(NOTIFICATIONS_HEADING_ID)?.focus();
    return result;
  }, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <SubmitButton variant="secondary" pendingLabel="Marking…">
        Mark all as read
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
