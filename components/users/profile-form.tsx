"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { MARKDOWN_HINT, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { updateProfileAction } from "@/lib/users/actions";
import { BIO_MAX, HEADLINE_MAX, LOCATION_MAX } from "@/lib/users/schema";

export interface ProfileFields {
  headline: string;
  location: string;
  website: string | null;
  bio: string;
}

/** What one's profile says (decision 028): what was typed stays after an error, and after saving. */
export function ProfileForm({ profile }: { profile: ProfileFields }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  const value = (field: keyof ProfileFields) => state.values?.[field] ?? profile[field] ?? "";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} aria-labelledby="profile-heading" className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="headline" label="Headline" defaultValue={value("headline")} error={errors.headline} hint="One line on what you do, e.g. “Urban agronomist at the city's parks department”." maxLength={HEADLINE_MAX} />
      <TextField name="location" label="Where you are" autoComplete="address-level2" defaultValue={value("location")} error={errors.location} hint="A city or a region, if you like." maxLength={LOCATION_MAX} />
      <TextField name="website" type="url" label="Website" autoComplete="url" defaultValue={value("website")} error={errors.website} hint="A full address, starting with https:// or http://" />
      <TextAreaField name="bio" label="About you" rows={5} defaultValue={value("bio")} error={errors.bio} hint={`What you work on, what you would like to talk about; up to ${BIO_MAX.toLocaleString("en")} characters. ${MARKDOWN_HINT}`} preview />
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
