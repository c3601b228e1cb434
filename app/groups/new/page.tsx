import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateGroupForm } from "@/components/groups/create-group-form";
import { getViewer } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/paths";

export const metadata: Metadata = { title: "Start a group" };

export default async function NewGroupPage() {
  if (!(await getViewer())) redirect(signInPath("/groups/new"));
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-1 text-2xl font-semibold">Start a group</h1>
      <p className="mb-6 text-sm text-stone-600">A group lives when its members listen, share and contribute. You will be its owner.</p>
      <CreateGroupForm />
    </div>
  );
}
