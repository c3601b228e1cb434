import Link from "next/link";
import { JoinToTakePart } from "@/components/discussions/join-to-take-part";

/**
 * A "start something" page (a thread, a project) shown to someone who could join the group but
 * has not: what it takes, with the Join button; once they are a member the same page shows the
 * form, focus on its first field (`focusId`). Whoever cannot join gets the 403 instead.
 */
export function JoinToStart({ group, what, children, focusId }: { group: { id: string; slug: string; name: string }; /** "a thread", "a project" */ what: string; children: React.ReactNode; focusId: string }) {
  return (
    <section aria-labelledby="join-to-start" className="max-w-3xl space-y-3">
      <h2 id="join-to-start" className="text-lg font-semibold">
        Join {group.name} to start {what}
      </h2>
      <p className="text-sm text-stone-600">{children}</p>
      <div className="flex flex-wrap items-center gap-4">
        <JoinToTakePart groupId={group.id} groupName={group.name} focusId={focusId} />
        <Link href={`/g/${group.slug}`} className="text-sm font-medium text-brand-700 underline">
          Back to {group.name}
        </Link>
      </div>
    </section>
  );
}
