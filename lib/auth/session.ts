import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { sessionOutdated } from "./session-age";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  isSiteAdmin: boolean;
}

/**
 * The signed-in person, read from the database on every request (once per render, via
 * React's cache): the session only proves who they are, never what they may do.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, isSiteAdmin: true, passwordChangedAt: true } });
  if (!user || sessionOutdated(session.user?.signedInAt ?? 0, user.passwordChangedAt)) return null;
  const { passwordChangedAt: _, ...viewer } = user;
  return viewer;
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to do that.");
  return viewer;
}
