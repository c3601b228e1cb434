/**
 * What an empty health overview says (decision 041): what is missing — no match for the words,
 * no decline, none in the band — and what to try. Pure, so each combination is tested.
 */
import { BAND_LABELS } from "./constants";
import type { OverviewQuery } from "./schema";

export function overviewEmptyState(query: Pick<OverviewQuery, "view" | "band"> & { q?: string }): { title: string; hint: string } {
  const band = query.band ? ` in the ${BAND_LABELS[query.band]} band` : "";
  const declines = query.view === "declines";
  if (query.q) return { title: `No group${declines ? " that declined" : ""}${band} matches “${query.q}”.`, hint: "Try fewer words, part of a name, or another band." };
  if (declines) {
    // Only of the groups in the band: others may have declined.
    const hint = query.band ? `Every group${band} held or rose over the last 30 days; try another band.` : "Every group's score held or rose over the last 30 days.";
    return { title: `No group${band} lost ground over the last 30 days.`, hint };
  }
  return { title: band ? `No group is${band}.` : "No group to show.", hint: "Try another band." };
}
