/**
 * Where a form opened from a row of buttons shows (decision 039): not inside the row, which it
 * would split, but in the row's panel — after a post's footer, or a table row of its own after
 * the row whose button opened it. The page renders the empty panels (`FORM_PANEL` attribute; in a
 * module of its own, not a client one, since server components render it); `formPanelOf` finds
 * the one for a button as its form opens, and `InFormPanel` (components/discussions/disclosure)
 * shows the form there.
 */
export const FORM_PANEL = "data-form-panel";

/** The panel for the button `toggle`: its post's, or its table row's; null where there is none (the form shows in place). */
export function formPanelOf(toggle: Element | null): Element | null {
  if (!toggle) return null;
  const post = toggle.closest("article");
  if (post) return post.querySelector(`:scope > [${FORM_PANEL}]`);
  return toggle.closest("tr")?.nextElementSibling?.querySelector(`:scope > [${FORM_PANEL}]`) ?? null;
}
