import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/components/auth/safe-callback";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getViewer()) redirect(target);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="mb-2 text-2xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-stone-600">Join groups, take part in their discussions, meet offline, build things together.</p>
      <SignUpForm callbackUrl={target} />
    </div>
  );
}
