"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { useShownGroup } from "@/components/groups/group-shown";
import { ListPageNotFound } from "@/components/ui/list-page-not-found";
import { GENERIC_NOT_FOUND, NotFoundMessage } from "@/components/ui/not-found-message";
import { pageHasOwnHeading } from "@/lib/groups/headings";
import { groupListAt } from "@/lib/groups/list-pages";

/**
 * A 404 inside a group the layout found (decision 043), under the group's name and tabs. The
 * layout's own 404 (an unknown or hidden group) is the app's. To someone who can read the group,
 * a list's `?page=` past its end says which list is shorter, and anything else is missing from
 * it; to an outsider shown a listed private group's name, the generic message keeps saying
 * nothing about what is inside.
 */
export default function GroupNotFound() {
  return (
    <Suspense fallback={<NotFoundMessage {...GENERIC_NOT_FOUND} level={2} />}>
      <WithAddress />
    </Suspense>
  );
}

function WithAddress() {
  const group = useShownGroup();
  const pathname = usePathname();
  const page = Number(useSearchParams().get("page"));
  if (!group) return <NotFoundMessage {...GENERIC_NOT_FOUND} level={2} />;
  // The group's name is the h1 of its pages but those about a thread, a meetup or a project.
  const level = pageHasOwnHeading(pathname, group.base) ? 1 : 2;
  const list = groupListAt(pathname);
  if (list && Number.isSafeInteger(page) && page > 1) return <ListPageNotFound {...list} level={level} />;
  const name = <span lang={group.lang}>{group.name}</span>;
  return (
    <NotFoundMessage
      heading="Page not found"
      text={<>Nothing in {name} is at this address: it may have been deleted, or the link may be mistyped.</>}
      href={group.base}
      linkText={<>Go to {name}</>}
      level={level}
    />
  );
}
