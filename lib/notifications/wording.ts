/**
 * Notifications are sentences written when the event happens: our English words, with what the
 * group's people wrote (a thread's title, a project's name, a moderator's reason) between curly
 * quotes, as every message in this app quotes them. A part of the message is marked as such, so
 * the list can put the group's `lang` on it alone.
 */
export interface MessagePart {
  text: string;
  /** Between “ and ” (the marks themselves stay outside, in the sentence's language). */
  quoted: boolean;
}

export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  // Lazy, so two quotations in one sentence stay two; an unclosed “ is left as plain text.
  const quotation = /“([^”]*)”/g;
  let last = 0;
  for (const match of message.matchAll(quotation)) {
    const start = match.index;
    parts.push({ text: message.slice(last, start + 1), quoted: false });
    parts.push({ text: match[1]!, quoted: true });
    last = start + match[0].length - 1;
  }
  parts.push({ text: message.slice(last), quoted: false });
  return parts.filter((part) => part.text !== "");
}

/** The group a notification leads into (`/g/<slug>/…`), whose language its quotations are in. */
export function notificationGroupSlug(url: string): string | null {
  const match = /^\/g\/([^/?#]+)/.exec(url);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
