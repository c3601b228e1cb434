/**
 * The browser's stand-in for visible.ts (see there): the same exports, with the refinement
 * switched off, so forms do not download the markdown pipeline. The server makes the check.
 */
export function hasVisibleContent(): boolean {
  return true;
}

export const NOTHING_TO_SHOW = {
  message: "This would show nothing: write some text.",
  when: () => false,
};
