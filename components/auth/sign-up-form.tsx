"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { signUpAction } from "@/lib/auth/actions";
import { signInPath } from "@/lib/auth/paths";
import { safeCallbackUrl } from "./safe-callback";
import { PASSWORD_HINT } from "@/lib/auth/schema";
import { useTypedValues } from "./use-typed-values";

/**
 * Creates the account with a server action, then signs in with the same credentials. The
 * fields are controlled, so a rejected submission keeps everything typed (password included:
 * it never left this page except to be checked).
 */
export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const { values, field, state, pending, submit } = useTypedValues({ email: "", name: "", password: "" });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    submit(event, signUpAction, async (result) => {
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!signedIn || signedIn.error) return { status: "error", message: "Your account was created, but signing in failed. Try signing in." };
      router.push(safeCallbackUrl(callbackUrl));
      router.refresh();
      return result;
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField {...field("email")} type="email" label="Email" autoComplete="email" required />
      <TextField {...field("name")} label="Display name" autoComplete="name" hint="Shown next to your posts." required />
      <TextField {...field("password")} type="password" label="Password" autoComplete="new-password" hint={PASSWORD_HINT} required />
      <button type="submit" className={`${buttonStyles.primary} w-full`} aria-disabled={pending || undefined}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm text-stone-600">
        Already have an account?{" "}
        <Link href={callbackUrl && callbackUrl !== "/" ? signInPath(callbackUrl) : "/login"} className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
