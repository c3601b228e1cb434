"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { TextField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/button";
import { safeCallbackUrl } from "./safe-callback";
import { signUpPath } from "@/lib/auth/paths";

/** Signs in through next-auth's standard credentials provider; errors stay on this page. */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    // Empty fields are named beside themselves, and the keyboard goes to the first one (as on sign-up).
    const blanks = { email: email.trim() ? undefined : "Enter your email address.", password: password ? undefined : "Enter your password." };
    if (blanks.email || blanks.password) {
      setError(null);
      setMissing(blanks);
      formRef.current?.querySelector<HTMLInputElement>(blanks.email ? 'input[name="email"]' : 'input[name="password"]')?.focus();
      return;
    }
    setMissing({});
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.");
        return;
      }
      router.push(safeCallbackUrl(callbackUrl));
      router.refresh();
    });
  }

  return (
    // POST, should it be sent before the script runs: a password never goes into a URL.
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {/* next-auth signs in from the page's script; without it the form would only reload, empty. */}
      <noscript>
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">Signing in needs JavaScript, which this browser has turned off or blocked. Reading groups does not.</p>
      </noscript>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <TextField name="email" type="email" label="Email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={missing.email} required />
      <TextField name="password" type="password" label="Password" autoComplete="current-password" error={missing.password} required />
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on <body>, and
          after a wrong password the person would have to find the form again. */}
      <button type="submit" className={`${buttonStyles.primary} w-full`} aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm text-stone-600">
        New to Toile?{" "}
        <Link href={signUpPath(callbackUrl)} className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
