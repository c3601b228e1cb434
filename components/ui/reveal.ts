/** Room left between a revealed element and the edge of its box, for its focus ring. */
export const REVEAL_MARGIN = 8;

interface Span {
  left: number;
  right: number;
}

/**
 * How far to scroll a box sideways (negative: to the left) so that `item` shows whole inside
 * it, with a little room: none when it already does; its start first when it is wider than the box.
 */
export function revealDelta(box: Span, item: Span, margin = REVEAL_MARGIN): number {
  const room = Math.min(margin, Math.max(0, (box.right - box.left - (item.right - item.left)) / 2));
  if (item.left < box.left + room) return item.left - box.left - room;
  if (item.right > box.right - room) return Math.min(item.right - box.right + room, item.left - box.left - room);
  return 0;
}
