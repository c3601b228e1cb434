import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** `signedInAt`: milliseconds since the epoch; 0 for a session from before it was recorded. */
    user?: { id: string; signedInAt: number; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    signedInAt?: number;
  }
}
