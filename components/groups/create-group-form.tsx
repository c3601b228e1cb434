"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MARKDOWN_HINT, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createGroupAction } from "@/lib/groups/actions";
import { initialFormState } from "@/lib/forms";
import { slugFromName } from "@/lib/groups/schema";

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
      <TextAreaField name="description" label="Description" defaultValue={values.description} error={errors.description} hint={MARKDOWN_HINT} rows={6} required />
      <TextField name="tags" label="Topic tags" defaultValue={values.tags} error={errors.tags} hint="Comma-separated, up to 8: e.g. gardening, compost, city" />
      <SelectField
        name="visibility"
        label="Who can see the group"
        defaultValue={values.visibility ?? "public"}
        error={errors.visibility}
        options={[
          { value: "public", label: "Public — anyone can read and join" },
          { value: "private", label: "Private — only members see it" },
        ]}
      />
      <SubmitButton pendingLabel="Creating…">Create group</SubmitButton>
    </form>
  );
}
