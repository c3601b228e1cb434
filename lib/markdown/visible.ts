/**
 * What a required markdown field checks, for the zod schemas that forms share with the server:
 * `.refine(hasVisibleContent, NOTHING_TO_SHOW)`, a text that renders to nothing (a script, a
 * comment, invisible characters) is refused next to its field.
 *
 * Browser bundles get visible.browser.ts instead (next.config.ts). Forms import those schema
 * modules for their limits and never parse with them there, and this check renders the
 * markdown: it would put the whole pipeline (~130 kB gzipped) on every page with a form. The
 * server parses every submission with the schemas, so it always makes this check.
 */
import { hasVisibleContent } from "./render";

export { hasVisibleContent };

/**
 * The refinement's message, and it runs only on an otherwise valid value, so an empty or
 * over-long text gets its own message and is never rendered just to be refused.
 */
export const NOTHING_TO_SHOW = {
  message: "This would show nothing: write some text.",
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};
