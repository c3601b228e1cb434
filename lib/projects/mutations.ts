import { db, type Tx } from "@/lib/db";
import { requireVersion } from "@/lib/edit-version";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { can as canInGroup, type GroupActor } from "@/lib/groups/ability";
import { recordGroupActivity } from "@/lib/groups/activity";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { findMemberByNameOrEmail } from "@/lib/groups/members";
import { markHealthDirty } from "@/lib/health/snapshots";
import { recordModeration } from "@/lib/moderation/mutations";
import { endingWithReason, tellOfModeration } from "@/lib/moderation/notices";
import { sendNotifications, type AddressedNoticeKind } from "@/lib/notifications/mutations";
import { RENDER_VERSION, renderRequiredMarkdown } from "@/lib/markdown/render";
import { consumeRateLimit } from "@/lib/rate-limit";
import { projectActorFor, refusal, removalRefusal, ROLE_LABELS, roleChangeRefusal, updateRefusal, type ProjectAction, type ProjectActor, type Refusal, type UpdateAction } from "./ability";
import type { CreateProjectInput, ProjectLinkInput, ProjectRole, ProjectStatus, UpdateProjectInput } from "./schema";
import { applyTransition, STATUS_LABELS, transitionRefusal } from "./status";

const PROJECT_NOT_FOUND = "This project does not exist.";

function fail(refused: Refusal): never {
  throw new AppError(refused.code, refused.message);
}

/**
 * Locks the project row for the rest of the transaction and reads the actor's standing in it
 * and in its group, from the database. Every change that depends on who leads the project
 * (leaving, roles, status, updates) runs under this lock, so two leads stepping down at the
 * same moment cannot leave the project without one.
 */
async function lockProjectFor(tx: Tx, projectId: number, userId: string) {
  // A deleted project takes no more changes: for everyone, it no longer exists.
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Project" WHERE id = ${projectId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
  const [project, user] = await Promise.all([
    tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        id: true,
        groupId: true,
        name: true,
        status: true,
        completedAt: true,
        sourceThreadId: true,
        detailsVersion: true,
        group: { select: { slug: true, visibility: true, memberships: { where: { userId }, select: { role: true, status: true } } } },
        // Only the rows the rules need: the actor's own, and the leads (to keep one).
        members: { where: { OR: [{ userId }, { role: "lead" }] }, select: { userId: true, role: true } },
      },
    }),
    tx.user.findUnique({ where: { id: userId }, select: { isSiteAdmin: true, name: true } }),
  ]);
  const groupActor: GroupActor = { userId, isSiteAdmin: user?.isSiteAdmin ?? false, membership: project.group.memberships[0] ?? null };
  // A project of a group the person may not see does not exist, for them.
  if (!canInGroup(groupActor, "view", project.group)) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
  const role = project.members.find((member) => member.userId === userId)?.role ?? null;
  const actor: ProjectActor = projectActorFor(groupActor, role);
  const subject = { status: project.status, leadCount: project.members.filter((member) => member.role === "lead").length };
  return { project, actor, subject, actorName: user?.name ?? "Someone" };
}

type LockedProject = Awaited<ReturnType<typeof lockProjectFor>>;

/** A project's lead and co-leads (told of the moderators' acts on it), but the one acting. */
async function leadsBesides(tx: Tx, projectId: number, actorId: string): Promise<string[]> {
  const leads = await tx.projectMember.findMany({ where: { projectId, role: { in: ["lead", "colead"] }, userId: { not: actorId } }, select: { userId: true } });
  return leads.map((lead) => lead.userId);
}

function projectPath(project: { id: number; group: { slug: string } }): string {
  return `/g/${project.group.slug}/projects/${project.id}`;
}

/**
 * Tells the people on a project (those with one of `roles`, all by default) what `actorId` just
 * did, in the change's own transaction. Never the actor; and only people still active in the
 * group, since a notification must not lead someone who left a private group to a 404.
 */
async function notifyProject(tx: Tx, { project }: LockedProject, actorId: string, draft: { kind: AddressedNoticeKind; message: string; url?: string; roles?: ProjectRole[] }) {
  const recipients = await tx.projectMember.findMany({
    where: {
      projectId: project.id,
      userId: { not: actorId },
      ...(draft.roles ? { role: { in: draft.roles } } : {}),
      user: { memberships: { some: { groupId: project.groupId, status: "active" } } },
    },
    select: { userId: true },
  });
  await sendNotifications(
    recipients.map(({ userId }) => ({ userId, kind: draft.kind, message: draft.message, url: draft.url ?? projectPath(project) })),
    tx,
  );
}

function requireAbility(context: { actor: ProjectActor; subject: { status: ProjectStatus; leadCount: number } }, action: ProjectAction) {
  const refused = refusal(context.actor, action, context.subject);
  if (refused) fail(refused);
}

/** The actor may see the group and take part in it (start projects). */
function requireParticipant(groupId: string, userId: string) {
  return requireGroupAbility(groupId, userId, "participate", { verb: "start projects in it", join: "Join the group to start a project in it." });
}

/**
 * The source thread must be a discussion of the project's own group (and the post one of its
 * posts), not a deleted one, unless it is the project's current source (`kept`): a source
 * deleted since stays the project's record until its leads choose another (decision 009).
 */
async function checkSource(tx: Tx, groupId: string, threadId: number | undefined, postId: number | undefined, kept: number | null = null) {
  if (threadId === undefined) return;
  const thread = await tx.thread.findFirst({ where: { id: threadId, groupId, ...(threadId === kept ? {} : { deletedAt: null }) }, select: { id: true } });
  if (!thread) throw new AppError("INVALID", "The source thread must be a discussion of this group.", { field: "sourceThreadId" });
  if (postId === undefined) return;
  // A deleted post is no origin, as the new-project page's loader already says (loadProjectOrigin).
  const post = await tx.post.findFirst({ where: { id: postId, threadId }, select: { deletedAt: true } });
  if (!post) throw new AppError("INVALID", "The post this project starts from is not part of the source thread.", { field: "sourceThreadId" });
  if (post.deletedAt) throw new AppError("INVALID", "The post this project starts from was deleted: start it from the thread instead.", { field: "sourceThreadId" });
}

function linkRows(links: ProjectLinkInput[]) {
  return links.map((link) => ({ kind: link.kind, url: link.url }));
}

/**
 * Starts a project in a group; its starter becomes its lead. The source checks, the project,
 * its links and its lead are one transaction: a refused source leaves nothing behind.
 */
export async function createProject(userId: string, groupId: string, input: CreateProjectInput) {
  await requireParticipant(groupId, userId);
  const goalHtml = renderRequiredMarkdown(input.goal, "goal");
  await consumeRateLimit("post", userId);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    await checkSource(tx, groupId, input.sourceThreadId, input.sourcePostId);
    const project = await tx.project.create({
      data: {
        groupId,
        name: input.name,
        goal: input.goal,
        goalHtml,
        renderVersion: RENDER_VERSION,
        status: input.status,
        sourceThreadId: input.sourceThreadId ?? null,
        sourcePostId: input.sourcePostId ?? null,
        createdById: userId,
        createdAt: now,
        links: { createMany: { data: linkRows(input.links) } },
        members: { create: { userId, role: "lead", joinedAt: now } },
      },
      select: { id: true, group: { select: { slug: true } } },
    });
    await recordGroupActivity(tx, groupId, now);
    return project;
  });
  await markHealthDirty(groupId);
  return { projectId: created.id, groupSlug: created.group.slug };
}

/** Edits name, goal, links and source thread (leads and co-leads; not on archived projects). */
export async function updateProject(userId: string, projectId: number, input: UpdateProjectInput) {
  const goalHtml = renderRequiredMarkdown(input.goal, "goal");
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    requireAbility(context, "edit");
    const { project } = context;
    // Under the project's row lock: of two leads saving at once, the second is refused rather
    // than undo the first's changes (lib/edit-version.ts).
    requireVersion(project.detailsVersion, input.version, "this project's details");
    await checkSource(tx, project.groupId, input.sourceThreadId, undefined, project.sourceThreadId);
    const sourceThreadId = input.sourceThreadId ?? null;
    await tx.projectLink.deleteMany({ where: { projectId } });
    await tx.project.update({
      where: { id: projectId },
      data: {
        name: input.name,
        goal: input.goal,
        goalHtml,
        renderVersion: RENDER_VERSION,
        sourceThreadId,
        detailsVersion: { increment: 1 },
        // The post it started from only means something inside its thread.
        ...(project.sourceThreadId !== sourceThreadId ? { sourcePostId: null } : {}),
        links: { createMany: { data: linkRows(input.links) } },
      },
    });
    return { groupId: project.groupId, groupSlug: project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return { projectId, groupSlug: result.groupSlug };
}

/** Moves a project along its life (see status.ts for who may make which change). */
export async function changeProjectStatus(userId: string, projectId: number, to: ProjectStatus, now = new Date()) {
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    const { project, actor } = context;
    const refused = transitionRefusal(actor, project.status, to);
    if (refused) fail(refused);
    const next = applyTransition({ status: project.status, completedAt: project.completedAt }, to, now);
    await tx.project.update({ where: { id: projectId }, data: next });
    // A moderator archiving as housekeeping is the group's decision, not a person's (as removals, decision 009).
    const who = actor.role === null ? "The group's moderators" : context.actorName;
    await notifyProject(tx, context, userId, { kind: "project.status", message: `${who} marked ${project.name} as ${STATUS_LABELS[to].toLowerCase()}.` });
    return { groupId: project.groupId, groupSlug: project.group.slug, ...next };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/** An active member of the group joins as a contributor. */
export async function joinProject(userId: string, projectId: number) {
  await consumeRateLimit("react", userId);
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    requireAbility(context, "join");
    await tx.projectMember.create({ data: { projectId, userId, role: "contributor" } });
    await notifyProject(tx, context, userId, { kind: "project.joined", message: `${context.actorName} joined ${context.project.name}.`, roles: ["lead", "colead"] });
    return { groupId: context.project.groupId, groupSlug: context.project.group.slug };
  }).catch((error: unknown) => {
    // Two submissions at once: the other one made them a contributor.
    if (isUniqueViolation(error)) throw new AppError("ALREADY_EXISTS", "You already contribute to this project.", { cause: error });
    throw error;
  });
  await markHealthDirty(result.groupId);
  return result;
}

/** Leaves a project, telling its leads; its only lead hands over first, so a project always has a lead. */
export async function leaveProject(userId: string, projectId: number) {
  await consumeRateLimit("react", userId);
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    requireAbility(context, "leave");
    await tx.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });
    // As joining: those who run the project hear of it, so nobody counts on someone gone.
    await notifyProject(tx, context, userId, { kind: "project.left", message: `${context.actorName} left ${context.project.name}.`, roles: ["lead", "colead"] });
    return { groupId: context.project.groupId, groupSlug: context.project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/** The lead appoints co-leads (and sets them back), or hands over / shares the lead. */
export async function setContributorRole(actorId: string, projectId: number, memberId: string, role: ProjectRole) {
  return db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, actorId);
    requireAbility(context, "manageRoles");
    const [target, membership] = await Promise.all([
      tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: memberId } }, select: { role: true } }),
      tx.membership.findUnique({ where: { groupId_userId: { groupId: context.project.groupId, userId: memberId } }, select: { status: true } }),
    ]);
    const refused = roleChangeRefusal({
      self: actorId === memberId,
      from: target?.role ?? null,
      to: role,
      targetGroupMember: membership?.status === "active",
      leadCount: context.subject.leadCount,
    });
    if (refused) fail(refused);
    if (target?.role === role) return { groupSlug: context.project.group.slug };
    await tx.projectMember.update({ where: { projectId_userId: { projectId, userId: memberId } }, data: { role } });
    // Being given a responsibility is news; being set back to contributor is seen on the page.
    if (role !== "contributor" && memberId !== actorId) {
      const message = `${context.actorName} made you ${role === "lead" ? "a lead" : "a co-lead"} of ${context.project.name}.`;
      await sendNotifications([{ userId: memberId, kind: "project.role", message, url: projectPath(context.project) }], tx);
    }
    return { groupSlug: context.project.group.slug };
  });
}

/**
 * The lead takes someone else off the project (added by mistake, gone quiet), as GitHub lets a
 * maintainer remove a collaborator, and tells them; never the last lead (`removalRefusal`).
 * Under the project's lock, so it cannot cross their leaving or a change of the leads.
 */
export async function removeProjectContributor(actorId: string, projectId: number, memberId: string) {
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, actorId);
    requireAbility(context, "removePeople");
    const target = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: memberId } }, select: { role: true, user: { select: { name: true } } } });
    const refused = removalRefusal({ self: actorId === memberId, role: target?.role ?? null, leadCount: context.subject.leadCount });
    if (refused) fail(refused);
    await tx.projectMember.delete({ where: { projectId_userId: { projectId, userId: memberId } } });
    const message = `${context.actorName} removed you from ${context.project.name}.`;
    await sendNotifications([{ userId: memberId, kind: "project.member.removed", message, url: projectPath(context.project) }], tx);
    // removalRefusal refused a missing row: target is there.
    return { name: target!.user.name, groupId: context.project.groupId, groupSlug: context.project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/** A progress note on the project page, by anyone on the project (not on archived projects). */
export async function postProjectUpdate(userId: string, projectId: number, body: string) {
  const html = renderRequiredMarkdown(body, "body");
  await consumeRateLimit("post", userId);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    requireAbility(context, "postUpdate");
    const update = await tx.projectUpdate.create({ data: { projectId, authorId: userId, body, html, renderVersion: RENDER_VERSION, createdAt: now }, select: { id: true } });
    await recordGroupActivity(tx, context.project.groupId, now);
    await notifyProject(tx, context, userId, {
      kind: "project.updated",
      message: `${context.actorName} posted an update on ${context.project.name}.`,
      url: `${projectPath(context.project)}#update-${update.id}`,
    });
    return { updateId: update.id, groupId: context.project.groupId, groupSlug: context.project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/**
 * Takes a project down (the group's moderators: spam, abuse), with an optional reason for its leads
 * (decision 019). Soft: the row and its updates stay for the record, and every reader, the health
 * loader included, leaves it out from now on. Who
 * deleted it is in the group's moderation log (decision 018), which the Deleted projects page reads.
 */
export async function deleteProject(userId: string, projectId: number, options: { reason?: string | null; now?: Date } = {}) {
  const { reason = null, now = new Date() } = options;
  const result = await db.$transaction(async (tx) => {
    const context = await lockProjectFor(tx, projectId, userId);
    requireAbility(context, "delete");
    await tx.project.update({ where: { id: projectId }, data: { deletedAt: now } });
    await recordModeration(tx, { groupId: context.project.groupId, actorId: userId, action: "project_deleted", target: { id: projectId, label: context.project.name }, details: reason ? { reason } : undefined, at: now });
    await tellOfModeration(tx, {
      userIds: await leadsBesides(tx, projectId, userId),
      groupId: context.project.groupId,
      kind: "project.removed",
      message: (group) => `The moderators of ${group} deleted your project “${context.project.name}”${endingWithReason(reason)}`,
      url: `/g/${context.project.group.slug}/projects`,
    });
    return { groupId: context.project.groupId, groupSlug: context.project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/**
 * The group's moderators bring back a project deleted by mistake (spam that was not), as it was:
 * its status, contributors, links and updates (those deleted one by one stay deleted). The
 * project's row is locked so a restore cannot cross another.
 */
export async function restoreProject(userId: string, projectId: number) {
  const result = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ groupId: string; name: string; deleted: boolean }[]>`
      SELECT "groupId", name, "deletedAt" IS NOT NULL AS deleted FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
    const [group, user] = await Promise.all([
      tx.group.findUniqueOrThrow({ where: { id: locked.groupId }, select: { slug: true, visibility: true, memberships: { where: { userId }, select: { role: true, status: true } } } }),
      tx.user.findUnique({ where: { id: userId }, select: { isSiteAdmin: true } }),
    ]);
    const actor: GroupActor = { userId, isSiteAdmin: user?.isSiteAdmin ?? false, membership: group.memberships[0] ?? null };
    // Nothing about a project of a group hidden from the person, not even whether it is deleted.
    if (!canInGroup(actor, "view", group)) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
    if (!canInGroup(actor, "moderate", group)) throw new AppError("FORBIDDEN", "Only the group's moderators can restore a project.");
    if (!locked.deleted) throw new AppError("CONFLICT", "This project is not deleted: it is already back.");
    const groupId = locked.groupId;
    await tx.project.update({ where: { id: projectId }, data: { deletedAt: null } });
    await recordModeration(tx, { groupId, actorId: userId, action: "project_restored", target: { id: projectId, label: locked.name } });
    await tellOfModeration(tx, {
      userIds: await leadsBesides(tx, projectId, userId),
      groupId,
      kind: "project.restored",
      message: (name) => `The moderators of ${name} restored your project “${locked.name}”.`,
      url: projectPath({ id: projectId, group }),
    });
    return { groupId, groupSlug: group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

const UPDATE_NOT_FOUND = "This update does not exist.";

/**
 * Runs `change` on a standing update once the actor may do `action` to it, under the project's
 * lock (so it cannot race the project's deletion or archiving). A deleted update, or one of a
 * project the actor may not see, does not exist.
 */
async function withUpdate<T>(userId: string, updateId: number, action: UpdateAction, change: (tx: Tx, context: Awaited<ReturnType<typeof lockProjectFor>>) => Promise<T>) {
  return db.$transaction(async (tx) => {
    // Restoring acts on a deleted update; every other action on a standing one.
    const find = async () => {
      const update = await tx.projectUpdate.findFirst({ where: { id: updateId, deletedAt: action === "restoreUpdate" ? { not: null } : null }, select: { projectId: true, authorId: true } });
      if (!update) throw new AppError("NOT_FOUND", UPDATE_NOT_FOUND);
      return update;
    };
    const { projectId } = await find();
    const context = await lockProjectFor(tx, projectId, userId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? new AppError("NOT_FOUND", UPDATE_NOT_FOUND) : error;
    });
    // Read again under the lock, which every act on an update takes first: an author and a
    // moderator deleting it at once, or an edit racing its deletion, find it as the first left it.
    const update = await find();
    const refused = updateRefusal(context.actor, action, { own: update.authorId === userId, status: context.subject.status });
    if (refused) fail(refused);
    return change(tx, context);
  });
}

/** Its author rewrites a progress update (marked as edited). */
export async function editProjectUpdate(userId: string, updateId: number, body: string, now = new Date()) {
  const html = renderRequiredMarkdown(body, "body");
  return withUpdate(userId, updateId, "editUpdate", async (tx, { project }) => {
    await tx.projectUpdate.update({ where: { id: updateId }, data: { body, html, renderVersion: RENDER_VERSION, editedAt: now } });
    return { projectId: project.id, groupSlug: project.group.slug };
  });
}

/** Tells an update's author what the group's moderators did to it, as "the moderators" (decision 019). */
function tellUpdateAuthor(tx: Tx, project: LockedProject["project"], authorId: string, done: "deleted" | "restored") {
  return tellOfModeration(tx, {
    userIds: [authorId],
    groupId: project.groupId,
    kind: done === "deleted" ? "project.update.removed" : "project.update.restored",
    message: (group) => `The moderators of ${group} ${done} your update to the project “${project.name}”.`,
    url: projectPath(project),
  });
}

/**
 * Its author, or a moderator of the group, deletes a progress update (soft, as posts). Someone
 * else's goes into the group's moderation log (decision 018).
 */
export async function deleteProjectUpdate(userId: string, updateId: number, now = new Date()) {
  const result = await withUpdate(userId, updateId, "deleteUpdate", async (tx, { project }) => {
    const deleted = await tx.projectUpdate.update({ where: { id: updateId }, data: { deletedAt: now, deletedById: userId }, select: { authorId: true, author: { select: { name: true } } } });
    if (deleted.authorId !== userId) {
      await recordModeration(tx, { groupId: project.groupId, actorId: userId, action: "project_update_deleted", target: { id: project.id, label: project.name }, details: { author: deleted.author.name }, at: now });
      await tellUpdateAuthor(tx, project, deleted.authorId, "deleted");
    }
    return { projectId: project.id, groupId: project.groupId, groupSlug: project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

/**
 * The group's moderators bring back an update the moderators deleted, in any status, and tell its
 * author; one its author deleted stays deleted (as posts, decision 005 §9). Under the project's
 * lock, so two restores, or a restore and the project's deletion, do not cross.
 */
export async function restoreProjectUpdate(userId: string, updateId: number) {
  const result = await withUpdate(userId, updateId, "restoreUpdate", async (tx, { project }) => {
    const update = await tx.projectUpdate.findUniqueOrThrow({ where: { id: updateId }, select: { authorId: true, deletedAt: true, deletedById: true, author: { select: { name: true } } } });
    if (!update.deletedAt) throw new AppError("CONFLICT", "This update is not deleted: there is nothing to restore.");
    if (update.deletedById === update.authorId) throw new AppError("CONFLICT", "Its author deleted this update: only the moderators' deletions can be undone.");
    if (update.deletedById === null) throw new AppError("CONFLICT", "Who deleted this update was not recorded: it cannot be restored.");
    await tx.projectUpdate.update({ where: { id: updateId }, data: { deletedAt: null, deletedById: null } });
    await recordModeration(tx, { groupId: project.groupId, actorId: userId, action: "project_update_restored", target: { id: project.id, label: project.name }, details: { author: update.author.name } });
    if (update.authorId !== userId) {
      await tellUpdateAuthor(tx, project, update.authorId, "restored");
    }
    return { projectId: project.id, groupId: project.groupId, groupSlug: project.group.slug };
  });
  await markHealthDirty(result.groupId);
  return result;
}

const ADD_WORDING = { removed: "take part in its projects", membersOnly: "be added to its projects" };

/**
 * The lead adds an active member of the group as contributor or co-lead, without their joining
 * first, and tells them. Authorization comes before any name or email is looked up, and the
 * lookups are rate-limited as the owners' (decision 007 §5), so the form probes no accounts.
 */
export async function addProjectContributor(actorId: string, projectId: number, person: string, role: "contributor" | "colead") {
  await db.$transaction(async (tx) => requireAbility(await lockProjectFor(tx, projectId, actorId), "addPeople"));
  await consumeRateLimit("addMember", actorId);
  const result = await db
    .$transaction(async (tx) => {
      const context = await lockProjectFor(tx, projectId, actorId);
      requireAbility(context, "addPeople");
      const user = await findMemberByNameOrEmail(tx, context.project.groupId, person, ADD_WORDING);
      const existing = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: user.id } }, select: { role: true } });
      if (existing) throw new AppError("ALREADY_EXISTS", `${user.id === actorId ? "You are" : `${user.name} is`} already on this project (${ROLE_LABELS[existing.role].toLowerCase()}).`, { field: "person" });
      await tx.projectMember.create({ data: { projectId, userId: user.id, role } });
      const message = `${context.actorName} added you to ${context.project.name} as ${role === "colead" ? "a co-lead" : "a contributor"}.`;
      await sendNotifications([{ userId: user.id, kind: "project.added", message, url: projectPath(context.project) }], tx);
      return { name: user.name, groupId: context.project.groupId, groupSlug: context.project.group.slug };
    })
    .catch((error: unknown) => {
      // They joined on their own a moment ago.
      if (!isUniqueViolation(error)) throw error;
      throw new AppError("ALREADY_EXISTS", "That person already contributes to this project: change their role in the list instead.", { field: "person", cause: error });
    });
  await markHealthDirty(result.groupId);
  return result;
}
