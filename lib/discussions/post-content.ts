import { analyzePost } from "@/lib/health";
import { featuresToColumns } from "@/lib/health/feature-columns";
import { RENDER_VERSION, renderRequiredMarkdown } from "@/lib/markdown/render";

/**
 * Everything stored with a post body, computed once at write time (create and edit): the
 * sanitised HTML pages show, and the health features (lib/health) the engine aggregates, so
 * neither reads nor scoring ever re-parse markdown.
 */
export function preparePostContent(body: string) {
  // A body that would show nothing (only a script, a comment…) is refused on its field.
  return { body, html: renderRequiredMarkdown(body, "body"), renderVersion: RENDER_VERSION, ...featuresToColumns(analyzePost(body)) };
}
