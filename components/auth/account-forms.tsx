"use client";

import { signIn } from "next-auth/react";
import { useActionState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { changeEmailAction, changeNameAction, changePasswordAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";
import { PASSWORD_HINT } from "@/lib/auth/schema";
import { useTypedValues } from "./use-typed-values";

/** The name shown next to one's posts: what was typed stays after an error. */
export function ChangeNameForm({ name }: { name: string }) {
  const [state, action] = useActionState(changeNameAction, initialFormState);
  return (
    <form action={action} aria-labelledby="name-heading" className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Display name" autoComplete="name" defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} hint="Shown next to your posts, replies and meetup answers." required maxLength={60} />
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
    </form>
  );
}

/**
 * The email one signs in with, confirmed by the current password. Controlled fields: a refused
 * change keeps what was typed without the password travelling back; once saved, the password
 * field empties and the new address stays.
 */
export function ChangeEmailForm({ email }: { email: string }) {
  const { setValues, field, state, pending, submit } = useTypedValues({ email, currentPassword: "" });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    submit(event, changeEmailAction, async (result) => {
      // The address as stored (lower-cased), the password field emptied.
      setValues((typed) => ({ email: result.values?.email ?? typed.email, currentPassword: "" }));
      return result;
    });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="email-heading" className="space-y-4" noValidate>
      <FormMessage state={state} />
      {/* Its own ids: the password form below has a "currentPassword" field too. */}
      <TextField {...field("email")} id="email-change-email" type="email" label="Email" autoComplete="email" hint="You sign in with it. Toile sends no email: nobody else sees it." required maxLength={254} />
      <TextField {...field("currentPassword")} id="email-change-password" type="password" label="Current password" autoComplete="current-password" hint="To confirm it is you." required />
      <Button type="submit" aria-disabled={pending || undefined}>
        {pending ? "Saving…" : "Save email"}
      </Button>
    </form>
  );
}

const NO_PASSWORDS = { currentPassword: "", newPassword: "", confirmPassword: "" };

/**
 * Controlled fields, so a refused change keeps what was typed without sending passwords back.
 * Once changed, every session signed in before is over, this one too: it signs in again with
 * the new password at once, so the person stays signed in here.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const { values, setValues, field, state, pending, submit } = useTypedValues(NO_PASSWORDS);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    submit(event, changePasswordAction, async (result) => {
      // As the account's email is now, which another tab may have changed since this page was shown.
      const signedIn = await signIn("credentials", { email: result.values?.email ?? email, password: values.newPassword, redirect: false });
      setValues(NO_PASSWORDS);
      return signedIn && !signedIn.error ? result : { status: "error", message: "Your password was changed, but signing in again failed. Sign in with your new password." };
    });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="password-heading" className="space-y-4" noValidate>
      <FormMessage state={state} />
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField {...field("currentPassword")} type="password" label="Current password" autoComplete="current-password" required />
      <TextField {...field("newPassword")} type="password" label="New password" autoComplete="new-password" hint={PASSWORD_HINT} required />
      <TextField {...field("confirmPassword")} type="password" label="New password, again" autoComplete="new-password" required />
      <Button type="submit" aria-disabled={pending || undefined}>
        {pending ? "Changing your password…" : "Change password"}
      </Button>
    </form>
  );
}
