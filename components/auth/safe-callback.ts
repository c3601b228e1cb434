const PROBE_ORIGIN = "http://toile.invalid";

/**
 * Only same-site paths are valid post-sign-in destinations (no open redirect). Browsers drop
 * tabs and line breaks from an address and read "\" as "/", so "/\t/evil.example" would be
 * "//evil.example": any control character or backslash is refused outright. What is left is
 * resolved against a placeholder origin and must stay on it; the result is the path as a URL
 * spells it (percent-encoded), safe in a Location header.
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || /[\u0000-\u001F\u007F\\]/.test(value)) return "/";
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
