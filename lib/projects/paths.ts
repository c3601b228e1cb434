/**
 * Addresses of project pages, and the one-time notices they carry after a redirect (shown once,
 * then dropped from the address by OneTimeNotice).
 */
export const PROJECT_NOTICE_PARAM = "notice";
export const PROJECT_NOTICES = { projectDeleted: "project-deleted", projectRestored: "project-restored" } as const;

/** The group's Projects tab after a project was deleted (the project's own URL answers 404 now). */
export function afterProjectDeletedPath(groupSlug: string): string {
  return `/g/${groupSlug}/projects?${PROJECT_NOTICE_PARAM}=${PROJECT_NOTICES.projectDeleted}`;
}

/** The group's deleted projects, for the people who run it (restoring one). */
export function deletedProjectsPath(groupSlug: string): string {
  return `/g/${groupSlug}/projects/deleted`;
}

/** A restored project's page, saying so once. */
export function afterProjectRestoredPath(groupSlug: string, projectId: number): string {
  return `/g/${groupSlug}/projects/${projectId}?${PROJECT_NOTICE_PARAM}=${PROJECT_NOTICES.projectRestored}`;
}
