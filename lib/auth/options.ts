import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { normalizeTyped } from "@/lib/forms";
import { clientAddress, trustedProxyHops } from "./client-address";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { checkPasswordUnderLimits } from "./sign-in-limits";

/** Thrown to the sign-in form as `error`; next-auth passes the message through. */
export const SIGN_IN_ERRORS = {
  invalid: "Wrong email or password.",
} as const;

/**
 * The credentials provider's check: the user for a right email and password, else an Error
 * whose message the sign-in form shows. One message for an unknown email and a wrong
 * password, so the form does not reveal who has an account. `request` is next-auth's view of the
 * request: its `x-forwarded-for` header gives the client address the sign-in limits go by.
 */
export async function authorizeCredentials(
  credentials: Record<string, unknown> | undefined,
  request?: { headers?: Record<string, unknown> },
): Promise<{ id: string; email: string; name: string }> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
  const { email } = parsed.data;
  // As signing up and changing it kept it (their forms' text goes through `normalizeTyped`).
  const password = normalizeTyped(parsed.data.password);
  const forwardedFor = request?.headers?.["x-forwarded-for"];
  const address = clientAddress(typeof forwardedFor === "string" ? forwardedFor : null, trustedProxyHops());
  const user = await db.user.findUnique({ where: { email } });
  let right: boolean;
  try {
    // Verify even for an unknown email would cost the same time; we accept the small
    // timing difference in exchange for not hashing on every miss.
    right = await checkPasswordUnderLimits(email, address, async () => user !== null && (await verifyPassword(user.passwordHash, password)));
  } catch (error) {
    if (isAppError(error)) throw new Error(error.message);
    throw error;
  }
  if (!user || !right) throw new Error(SIGN_IN_ERRORS.invalid);
  return { id: user.id, email: user.email, name: user.name };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    // The token carries only the user id (`sub`) and when they signed in. Names, roles and
    // memberships are always read from the database, so a role change or a ban takes effect on
    // the next request; so does a password change, which ends older sessions (`sessionOutdated`).
    // `iat` cannot tell: next-auth re-issues the token, with a new `iat`, as the session is used.
    async jwt({ token, user }) {
      if (user) token.signedInAt = Date.now();
      return token;
    },
    async session({ session, token }) {
      if (token.sub && session.user) {
        session.user.id = token.sub;
        session.user.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      }
      return session;
    },
  },
};
