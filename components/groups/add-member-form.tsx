"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { addMemberByEmailAction } from "@/lib/groups/actions";

/** The owner's way to bring someone in (the only way into a private group): their account's email. */
export function AddMemberForm({ groupId }: { groupId: string }) {
  const [state, action] = useActionState(addMemberByEmailAction, initialFormState);
  return (
    <form action={action} aria-labelledby="add-member-heading" className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <h3 id="add-member-heading" className="font-semibold">
        Add a member
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        hint="The email of their Toile account (they sign up first). They join as a member and get a notification."
        required
        maxLength={254}
      />
      <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
    </form>
  );
}
