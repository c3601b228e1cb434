import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/components/auth/safe-callback";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getViewer()) redirect(target);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={target} />
      <p className="mt-6 text-sm text-stone-600">
        <span className="font-medium text-stone-800">Forgot your password?</span> Toile sends no email: ask one of the site&apos;s admins to give you a new one, then
        choose your own under Account.
      </p>
    </div>
  );
}
