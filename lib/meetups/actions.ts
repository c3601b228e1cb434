"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { GROUP_REF, groupRefSchema } from "@/lib/groups/schema";
import { formValues, handleForm, hiddenRefs, parseInput, type FormState } from "@/lib/forms";
import { refreshOnEditConflict } from "@/lib/refresh-when-refused";
import { cancelMeetup, checkInByNameOrEmail, resetCalendarToken, rsvpToMeetup, scheduleMeetup, setCheckIn, updateMeetup } from "./mutations";
import { meetupPath, savedMeetupPath, scheduledMeetupPath } from "./paths";
import { loadMeetupTimes } from "./data";
import { cancelSchema, checkInSchema, editMeetupFormSchema, meetupRefSchema, meetupVersionSchema, newMeetupFormSchema, rsvpSchema } from "./schema";

const MEETUP_REF = hiddenRefs("meetup", "meetupId");
const MEETUP_VERSION_REF = hiddenRefs("meetup", "version");
// RSVP and check-in buttons carry their answer and person in hidden fields too.
const RSVP_REF = hiddenRefs("meetup", "meetupId", "answer");
const CHECK_IN_REF = hiddenRefs("meetup", "meetupId", "present");

export async function scheduleMeetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const input = parseInput(newMeetupFormSchema(new Date()), values);
    const viewer = await requireViewer();
    const created = await scheduleMeetup(viewer.id, groupId, input);
    redirect(scheduledMeetupPath(created.groupSlug, created.id, created.notified));
  });
}

export async function updateMeetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { meetupId } = parseInput(meetupRefSchema, values, MEETUP_REF);
    const { version } = parseInput(meetupVersionSchema, values, MEETUP_VERSION_REF);
    const input = parseInput(editMeetupFormSchema(await loadMeetupTimes(meetupId)), values);
    const viewer = await requireViewer();
    const updated = await refreshOnEditConflict(updateMeetup(viewer.id, meetupId, input, new Date(), version));
    redirect(savedMeetupPath(updated.groupSlug, updated.id));
  });
}

export async function cancelMeetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { meetupId, reason } = parseInput(cancelSchema, values, MEETUP_REF);
    const viewer = await requireViewer();
    const cancelled = await cancelMeetup(viewer.id, meetupId, reason);
    // The client's copies of pages go too: Back would show the meetup as still on.
    refresh();
    redirect(meetupPath(cancelled.groupSlug, cancelled.id));
  });
}

// The page shows the answer (and a waitlist place) itself: the confirmation stays short.
export async function rsvpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { meetupId, answer } = parseInput(rsvpSchema, values, RSVP_REF);
    const viewer = await requireViewer();
    await rsvpToMeetup(viewer.id, meetupId, answer);
    refresh();
    // No message: the refreshed page's status line says what the answer became (see RsvpForm).
    return { status: "success" };
  });
}

export async function checkInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { meetupId, attendee, present } = parseInput(checkInSchema, values, CHECK_IN_REF);
    const viewer = await requireViewer();
    if ("person" in attendee) {
      const { name } = await checkInByNameOrEmail(viewer.id, meetupId, attendee.person);
      refresh();
      return { status: "success", message: `${name} is checked in.` };
    }
    const { typed } = await setCheckIn(viewer.id, meetupId, attendee.userId, present);
    refresh();
    return { status: "success", message: present ? `${typed?.name ?? "They"} ${typed ? "is" : "are"} checked in.` : `Check-in of ${typed?.name ?? "that person"} undone.` };
  });
}

export async function resetCalendarTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    await resetCalendarToken(viewer.id);
    refresh();
    return { status: "success", message: "New calendar links created: the old ones no longer work. Update your calendar subscriptions." };
  });
}
