"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createGroupAction } from "@/lib/groups/actions";
import { initialFormState } from "@/lib/forms";
import { slugFromName } from "@/lib/groups/schema";
import { GroupDetailsFields } from "./group-details-fields";

export function CreateGroupForm() {
  const [state, action] = useActionState(createGroupAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  // The slug follows the name until the person edits it themselves.
  const [name, setName] = useState(values.name ?? "");
  const [slug, setSlug] = useState(values.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(values.slug));
  const shownSlug = slugEdited ? slug : slugFromName(name);

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} required maxLength={80} />
      <TextField
        name="slug"
        label="Address"
        value={shownSlug}
        onChange={(e) => {
          setSlugEdited(true);
          setSlug(e.target.value);
        }}
        error={errors.slug}
        hint={`The group will live at /g/${shownSlug || "your-group"}. Lower-case letters, digits and hyphens.`}
        required
      />
      <GroupDetailsFields values={values} errors={errors} />
      <SubmitButton pendingLabel="Creating…">Create group</SubmitButton>
    </form>
  );
}
