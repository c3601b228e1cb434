"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";
import { RSVP_HEADING_ID } from "@/lib/meetups/page-wording";
import { rsvpAction } from "@/lib/meetups/actions";
import type { RsvpAnswer, RsvpStatus } from "@/lib/meetups/rsvp";

const CHOICES: { answer: RsvpAnswer; label: string }[] = [
  { answer: "going", label: "Going" },
  { answer: "maybe", label: "Maybe" },
  { answer: "not_going", label: "Not going" },
];

async function withdrawAndFocus(previous: FormState, formData: FormData): Promise<FormState> {
  const result = await rsvpAction(previous, formData);
  if (result.status === "success") document.getElementById(RSVP_HEADING_ID)?.focus();
  return result;
}

/**
 * The "going" button says where that answer stands: on the waitlist it is pressed as "On the
 * waitlist", not "Going" (a screen reader would announce the person as going); at a full meetup,
 * before answering so, "Join the waitlist".
 */
function goingLabel(status: RsvpStatus | null, full: boolean): string {
  if (status === "waitlisted") return "On the waitlist";
  return full && status !== "going" ? "Join the waitlist" : "Going";
}

/**
 * Going / maybe / not going, as three buttons; the current answer is pressed. Only a refusal is
 * said here: on success the page's own status line ("You answered: Going.", or one's place on
 * the waitlist) changes, and is the one announcement.
 */
export function RsvpForm({ meetupId, status, full, withdrawOnly = false }: { meetupId: number; status: RsvpStatus | null; full: boolean; withdrawOnly?: boolean }) {
  // The server action itself, so the buttons work before the page's scripts load, or without
  // them, as every other meetup form does. Only a late withdrawal wraps it: it takes the form
  // away with it, so the keyboard goes to the section's heading, just above the status line that
  // now says "Not going".
  const [state, action] = useActionState(withdrawOnly ? withdrawAndFocus : rsvpAction, initialFormState);
  // Past the deadline, "not going" is the one answer still taken (lib/meetups/rsvp.ts).
  const choices = withdrawOnly ? CHOICES.filter((choice) => choice.answer === "not_going") : CHOICES;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="meetupId" value={meetupId} />
      <div role="group" aria-label="Your answer" className="flex flex-wrap gap-2">
        {choices.map(({ answer, label }) => {
          const pressed = status === answer || (answer === "going" && status === "waitlisted");
          return (
            <SubmitButton key={answer} name="answer" value={answer} variant={pressed ? "primary" : "secondary"} aria-pressed={pressed}>
              {answer === "going" ? goingLabel(status, full) : label}
            </SubmitButton>
          );
        })}
      </div>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
