"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The group whose pages the viewer may read, for what renders below its layout without props: its 404 page. */
export interface ShownGroup {
  name: string;
  /** "/g/velo" */
  base: string;
  lang: string;
}

const GroupShownContext = createContext<ShownGroup | null>(null);

export function GroupShown({ group, children }: { group: ShownGroup; children: ReactNode }) {
  return <GroupShownContext value={group}>{children}</GroupShownContext>;
}

/** The group, when its layout let the viewer in; null for an outsider shown a listed private group's name alone. */
export function useShownGroup(): ShownGroup | null {
  return useContext(GroupShownContext);
}
