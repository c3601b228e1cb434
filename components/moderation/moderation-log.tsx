import Link from "next/link";
import { Select } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModerationLogEntry } from "@/lib/moderation/data";
import { ACTION_FILTER_GROUPS, describeModeration, type ModerationAction } from "@/lib/moderation/log";

/**
 * The log's filter: a GET form, so the chosen action is in the address (shareable, kept by the
 * pagination) and works without JavaScript. Choosing starts from the first page.
 */
export function ModerationLogFilter({ action, basePath }: { action: ModerationAction | undefined; basePath: string }) {
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="moderation-log-action" className="block text-sm font-medium">
          Kind of action
        </label>
        <Select id="moderation-log-action" name="action" defaultValue={action ?? ""} className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
          <option value="">All actions</option>
          {ACTION_FILTER_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.actions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-stone-100">
        Show
      </button>
      {action && (
        <Link href={basePath} className="py-2 text-sm text-brand-700 hover:underline">
          Show all actions
        </Link>
      )}
    </form>
  );
}

/**
 * One entry: who did what to what, and when. The target's label is as it was at the time; it is a
 * link while the target still exists. What members wrote (titles, names of projects and meetups)
 * is in the group's language.
 */
export function ModerationLogItem({ entry, lang, now }: { entry: ModerationLogEntry; lang: string; now: Date }) {
  const { verb, rest } = describeModeration(entry.action, entry.details);
  const { target } = entry;
  // What members wrote (titles, names of projects and meetups) is quoted, in the group's language;
  // people, the group, posts and links are named as they are.
  const label = target.kind === "thread" || target.kind === "project" || target.kind === "meetup" ? <span lang={lang}>“{target.label}”</span> : target.label;
  return (
    <>
      <p>
        {entry.actor ? (
          <Link href={`/u/${entry.actor.id}`} className="font-medium hover:underline">
            {entry.actor.name}
          </Link>
        ) : (
          <span className="font-medium">A former member</span>
        )}{" "}
        {verb}{" "}
        {target.href ? (
          <Link href={target.href} className="text-brand-700 underline decoration-brand-600/40 hover:decoration-brand-700">
            {label}
          </Link>
        ) : (
          label
        )}
        {rest}
      </p>
      <p className="text-xs text-stone-500">
        <RelativeTime date={entry.createdAt} now={now} />
      </p>
    </>
  );
}
