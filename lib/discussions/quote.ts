import { strikethrough, tables } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";

// Quoting a post in a reply (decision 033): the words the reader selected in it, or all of it,
// back in Markdown and set as a blockquote where they write. The post's Markdown source is not
// on the page (only its rendered HTML is), so the quote is written from the HTML with Turndown,
// which the browser runs on the selection. Pure: Turndown parses a string with its own DOM.

/**
 * Markdown as Toile writes it (lib/markdown): the toolbar's `_italic_` and `- ` lists, fenced
 * code, and no trailing spaces for a line break (remark-breaks makes every new line one).
 */
const turndown = new TurndownService({
  headingStyle: "atx",
  codeBlockStyle: "fenced",
  bulletListMarker: "-",
  emDelimiter: "_",
  br: "",
});
// Posts start their headings at h3 (the page's own h1 and h2 come first): "#" in the source.
turndown.addRule("post-heading", {
  filter: ["h3", "h4", "h5", "h6"],
  replacement: (content, node) => {
    const level = Math.max(1, Number(node.nodeName.charAt(1)) - 2);
    return `\n\n${"#".repeat(level)} ${content.trim()}\n\n`;
  },
});
// What remark-gfm renders beyond Markdown: tables and strikethrough (Joplin's maintained
// GFM plugin), task lists, footnotes.
turndown.use([tables, strikethrough]);
// A quote leaves the post's footnotes behind: their numbers and the notes, which lead back to it.
turndown.addRule("footnotes", {
  filter: (node) => (node.nodeName === "SECTION" && node.hasAttribute("data-footnotes")) || (node.nodeName === "SUP" && node.querySelector("a[data-footnote-ref]") !== null),
  replacement: () => "",
});
turndown.addRule("task", {
  filter: (node) => node.nodeName === "INPUT" && (node as HTMLInputElement).type === "checkbox",
  // The item's text keeps the space that follows the box.
  replacement: (_content, node) => ((node as HTMLInputElement).checked ? "[x]" : "[ ]"),
});
// List items as people type them ("- item", "1. item"), their next lines under the item's text.
turndown.addRule("list-item", {
  filter: "li",
  replacement: (content, node, options) => {
    const list = node.parentNode as HTMLElement;
    let marker = `${options.bulletListMarker} `;
    if (list.nodeName === "OL") {
      const start = Number(list.getAttribute("start") ?? 1);
      marker = `${start + Array.prototype.indexOf.call(list.children, node)}. `;
    }
    const text = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `\n${" ".repeat(marker.length)}`);
    return marker + text + (node.nextSibling && !text.endsWith("\n") ? "\n" : "");
  },
});

/** A post's HTML (a whole body, or a selection of it) as Markdown. */
export function markdownOfHtml(html: string | HTMLElement): string {
  return turndown.turndown(html).trim();
}

/**
 * Markdown set as a quote: every line behind "> " (an empty one behind ">"), then an empty line
 * for the reply to start after. Empty when there is nothing to quote.
 */
export function quoteMarkdown(markdown: string): string {
  const text = markdown.trim();
  if (text === "") return "";
  const lines = text.split(/\r?\n/).map((line) => (line.trim() === "" ? ">" : `> ${line}`));
  return `${lines.join("\n")}\n\n`;
}

/**
 * What goes before a quote inserted after `before` (the text ahead of the cursor): nothing at the
 * start or after an empty line, otherwise enough new lines that the quote is a paragraph of its own.
 */
export function quoteLead(before: string): string {
  if (before === "" || /\n[ \t]*\n$/.test(before)) return "";
  return before.endsWith("\n") ? "\n" : "\n\n";
}
