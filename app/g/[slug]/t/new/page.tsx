import { forbidden, notFound, redirect } from "next/navigation";
import { NewThreadForm } from "@/components/discussions/new-thread-form";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Start a thread");

export default async function NewThreadPage({ params }: PageProps<"/g/[slug]/t/new">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  if (!loaded.viewer) redirect(signInPath(`/g/${loaded.group.slug}/t/new`));
  if (!can(loaded.actor, "participate", loaded.group)) forbidden();
  return (
    <div className="max-w-3xl">
      <h2 className="mb-4 text-lg font-semibold">Start a thread</h2>
      <NewThreadForm groupId={loaded.group.id} />
    </div>
  );
}
