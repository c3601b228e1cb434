import { cache } from "react";
import { getViewer } from "@/lib/auth/session";
import { loadGroup } from "./data";

/**
 * A group as its pages see it, loaded once per request (layout and page share it). Null when
 * it does not exist or is hidden from the viewer: the page then answers 404.
 */
export const loadGroupForRequest = cache(async (slug: string) => {
  const viewer = await getViewer();
  const loaded = await loadGroup(slug, viewer);
  return loaded ? { ...loaded, viewer } : null;
});
