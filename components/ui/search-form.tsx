import type { ReactNode } from "react";

/**
 * A list's search box: a GET form, so the search is in the address (shareable, and kept by the
 * list's pagination). Submitting starts from the first page; `keep` carries the other filters. The
 * label may hold markup (a group's name in its own `lang`).
 */
export function SearchForm({ action, id, label, value, keep = {} }: { action: string; id: string; label: ReactNode; value: string | undefined; keep?: Record<string, string | undefined> }) {
  return (
    <form role="search" method="get" action={action} className="flex flex-wrap items-end gap-3">
      <div className="grow">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input id={id} name="q" type="search" defaultValue={value} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm" />
      </div>
      {Object.entries(keep).map(([name, kept]) => kept !== undefined && <input key={name} type="hidden" name={name} value={kept} />)}
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-stone-100">
        Search
      </button>
    </form>
  );
}
