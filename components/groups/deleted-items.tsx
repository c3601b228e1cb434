import Link from "next/link";
import type { ReactNode } from "react";
import { SimpleTable } from "@/components/ui/simple-table";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A moderators' page of deleted things (threads, projects) to restore: a heading with the count,
 * the way back, what the page is for, an outcome notice, then a table whose rows the page gives
 * (`children`) or the empty state.
 */
export function DeletedItems({
  id,
  title,
  total,
  back,
  intro,
  notice,
  columns,
  empty,
  children,
}: {
  id: string;
  title: string;
  total: number;
  back: { href: string; label: string };
  intro: ReactNode;
  notice?: ReactNode;
  columns: string[];
  empty: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id={id} className="text-lg font-semibold">
          {title} ({total})
        </h2>
        <Link href={back.href} className="text-sm text-brand-700 hover:underline">
          {back.label}
        </Link>
      </div>
      <p className="text-sm text-stone-600">{intro}</p>
      {notice}
      {total === 0 ? (
        <EmptyState title={empty}>What a moderator deletes can be restored from here.</EmptyState>
      ) : (
        <SimpleTable label={title} columns={columns}>{children}</SimpleTable>
      )}
    </>
  );
}
