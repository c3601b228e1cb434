"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { updateGroupSettingsAction } from "@/lib/groups/actions";
import { visibilityChoice } from "@/lib/groups/schema";
import { GroupDetailsFields } from "./group-details-fields";

export interface GroupSettings {
  id: string;
  slug: string;
  name: string;
  description: string;
  tags: string[];
  visibility: "public" | "private";
  listed: boolean;
  language: string;
  /** Its edit version as shown (lib/edit-version.ts): a save from an older page is refused. */
  version: number;
}

/** The owner's settings: what they typed stays in the form after an error or a save. */
export function GroupSettingsForm({ group }: { group: GroupSettings }) {
  const [state, action] = useActionState(updateGroupSettingsAction, initialFormState);
  const values = state.values ?? { name: group.name, description: group.description, tags: group.tags.join(", "), visibility: visibilityChoice(group), language: group.language };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={group.id} />
      <input type="hidden" name="version" value={group.version} />
      <TextField name="name" label="Name" defaultValue={values.name} error={errors.name} required maxLength={80} />
      <p className="text-sm text-stone-600">
        The group&apos;s address stays <span className="font-mono">/g/{group.slug}</span>: links to it keep working.
      </p>
      <GroupDetailsFields values={values} errors={errors} />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
