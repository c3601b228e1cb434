/**
 * The attribute of a post's panel: the place after its row of buttons where its open forms show
 * (BelowPost). In a module of its own, not the client one: the server's PostCard renders it.
 */
export const POST_PANEL = "data-post-panel";
