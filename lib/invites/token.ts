import { createHash, randomBytes } from "node:crypto";

/**
 * Invitation tokens (decision 015). 32 random bytes (256 bits, far beyond guessing) written in
 * base64url: 43 characters that need no escaping in a URL. Only their SHA-256 is stored, so a
 * copy of the database holds no working link; a fast hash is enough because the token is
 * random, not a password someone chose.
 */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** How much of the token the list of links shows, to tell them apart (36 of its 256 bits). */
export const TOKEN_PREFIX_LENGTH = 6;

export interface NewInviteToken {
  /** Goes into the link, shown once; never stored. */
  token: string;
  tokenHash: string;
  tokenPrefix: string;
}

export function newInviteToken(): NewInviteToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashInviteToken(token), tokenPrefix: token.slice(0, TOKEN_PREFIX_LENGTH) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a path segment could be a token at all: anything else is answered 404 without a query. */
export function isWellFormedInviteToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** The page a token opens. */
export function invitePath(token: string): string {
  return `/invite/${token}`;
}
