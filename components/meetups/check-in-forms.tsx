"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MemberNameOrEmailField } from "@/components/groups/member-name-or-email-field";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FIELDS_NEED_ATTENTION, initialFormState } from "@/lib/forms";
import { checkInAction } from "@/lib/meetups/actions";

type Person = { id: string; name: string };

/** One person's "Check in" or "Undo" (`children`: what else the form shows, an error). */
function CheckInButton({ meetupId, person, checkedIn, action, children }: { meetupId: number; person: Person; checkedIn: boolean; action: (formData: FormData) => void; children?: ReactNode }) {
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="meetupId" value={meetupId} />
      <input type="hidden" name="userId" value={person.id} />
      <input type="hidden" name="present" value={checkedIn ? "false" : "true"} />
      <SubmitButton variant={checkedIn ? "secondary" : "primary"} className="px-2.5 py-1" aria-label={checkedIn ? `Undo check-in of ${person.name}` : `Check in ${person.name}`}>
        {checkedIn ? "Undo" : "Check in"}
      </SubmitButton>
      {children}
    </form>
  );
}

/** One person's check-in, saved at once (organizers tick people off at the door). */
export function CheckInToggle({ meetupId, userId, name, checkedIn }: { meetupId: number; userId: string; name: string; checkedIn: boolean }) {
  const [state, action] = useActionState(checkInAction, initialFormState);
  return (
    <CheckInButton meetupId={meetupId} person={{ id: userId, name }} checkedIn={checkedIn} action={action}>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {(state.message === FIELDS_NEED_ATTENTION && state.fieldErrors?.userId) || state.message}
        </span>
      )}
    </CheckInButton>
  );
}

/**
 * The walk-ins: those checked in without having answered (each with its Undo), and the form that
 * adds one — a member who came without saying "going", chosen from the list of the others, or,
 * when the group is too large to list them (`members` null, see WALK_IN_LIST_MAX), typed by name
 * or email. One outcome for both, said above the form: an undone walk-in leaves the list with
 * its button, so the message says so and the keyboard goes on to the form, where they can be
 * checked in again.
 */
export function WalkIns({ meetupId, walkIns, members }: { meetupId: number; walkIns: Person[]; members: Person[] | null }) {
  // The server action itself, not a wrapper around it: the forms then work before (or without)
  // the page's script, posting the page as plain forms do.
  const [state, action] = useActionState(checkInAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  // Which form sent the last answer: after an Undo, whose button has gone, the keyboard goes on to the form.
  const undoing = useRef(false);
  useEffect(() => {
    if (state.status === "success" && undoing.current) formRef.current?.querySelector<HTMLElement>("select, input:not([type=hidden])")?.focus();
  }, [state]);
  return (
    <>
      {walkIns.length > 0 && (
        <ul
          aria-label="Walk-ins checked in"
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm"
          onSubmit={() => {
            undoing.current = true;
          }}
        >
          {walkIns.map((person) => (
            <li key={person.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="font-medium">{person.name}</span>
              <CheckInButton meetupId={meetupId} person={person} checkedIn action={action} />
            </li>
          ))}
        </ul>
      )}
      {members === null || members.length > 0 ? (
        <form
          ref={formRef}
          action={action}
          className="space-y-3"
          noValidate
          onSubmit={() => {
            undoing.current = false;
          }}
        >
          <FormMessage state={state} />
          <input type="hidden" name="meetupId" value={meetupId} />
          <input type="hidden" name="present" value="true" />
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-56 grow">
              {members ? (
                <SelectField
                  name="userId"
                  label="Walk-in member"
                  defaultValue={state.values?.userId ?? ""}
                  error={state.fieldErrors?.userId}
                  options={[{ value: "", label: "Choose a member…" }, ...members.map((member) => ({ value: member.id, label: member.name }))]}
                />
              ) : (
                <MemberNameOrEmailField label="Walk-in member" state={state} />
              )}
            </div>
            <SubmitButton pendingLabel="Checking in…">Check in walk-in</SubmitButton>
          </div>
        </form>
      ) : (
        <>
          <FormMessage state={state} />
          <p className="text-sm text-stone-600">Every member of the group is on the list above.</p>
        </>
      )}
    </>
  );
}

