import { mentionMarkdown, mentionNoticeMessage, newlyMentioned } from "@/lib/discussions/mentions";
import { threadSlug } from "@/lib/discussions/mutations";
import { postPermalink } from "@/lib/discussions/paths";
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import type { SeedContext } from "./context";
import type { SeedReply } from "./content/types";
import { groupSearchText } from "@/lib/groups/search";
import { joinRequestNoticeKey, joinRequestNoticeMessage, joinRequestsPath } from "@/lib/groups/join-requests";
import { reactionNoticeMessage, type ReactionKind } from "@/lib/discussions/reactions";
import { REACTION_NOTICE, reactionNoticeKey } from "@/lib/discussions/reaction-notices";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Users, groups, memberships, threads, posts and likes, inserted in bulk with ids assigned
 * here (the database is empty), so a reply tree needs no round-trip per post. Posts are stored
 * without health features, like imported posts; the seed then runs the features backfill.
 */
export async function seedDiscussions(ctx: SeedContext): Promise<void> {
  const { db, content, now, passwordHash } = ctx;
  const latest = now.getTime() - 60_000;
  const at = (ms: number) => new Date(Math.min(ms, latest));

  const users = await db.user.createManyAndReturn({
    data: content.users.map((user) => ({
      email: (user.email ?? `${user.key}@toile.test`).toLowerCase(),
      name: user.name,
      passwordHash,
      isSiteAdmin: user.isSiteAdmin ?? false,
      createdAt: new Date(now.getTime() - 520 * DAY),
      headline: user.profile?.headline ?? "",
      location: user.profile?.location ?? "",
      website: user.profile?.website ?? null,
      bio: user.profile?.bio ?? "",
      bioHtml: user.profile?.bio ? renderMarkdown(user.profile.bio, "bio") : "",
      renderVersion: RENDER_VERSION,
    })),
    select: { id: true, email: true },
  });
  const idByEmail = new Map(users.map((user) => [user.email, user.id]));
  for (const user of content.users) ctx.userIds.set(user.key, idByEmail.get((user.email ?? `${user.key}@toile.test`).toLowerCase())!);
  const userId = (key: string) => {
    const id = ctx.userIds.get(key);
    if (!id) throw new Error(`Seed content refers to an unknown user "${key}"`);
    return id;
  };

  // Seed text writes a mention as "@{key}" (a seed user's key); the app writes a link to them (decision 021).
  const names = new Map(content.users.map((user) => [user.key, user.name]));
  const withMentions = (body: string) => body.replace(/@\{(\w+)\}/g, (_, key: string) => mentionMarkdown({ id: userId(key), name: names.get(key)! }));
  const post = (row: { id: number; threadId: number; authorId: string; parentId: number | null; createdAt: Date }, text: string, earlier: SeedReply["earlierVersions"] = []) => {
    const body = withMentions(text);
    // An edited post keeps the texts its edits replaced (decision 023), as editPost does.
    const edits = earlier.map((version, index) => ({
      postId: row.id,
      body: withMentions(version.body),
      writtenAt: index === 0 ? row.createdAt : at(row.createdAt.getTime() + earlier[index - 1]!.replacedAfterHours * HOUR),
      replacedAt: at(row.createdAt.getTime() + version.replacedAfterHours * HOUR),
    }));
    revisions.push(...edits);
    posts.push({ ...row, body, html: renderMarkdown(body), renderVersion: RENDER_VERSION, editedAt: edits.at(-1)?.replacedAt ?? null, editCount: edits.length });
  };

  let threadId = 0;
  let postId = 0;
  const threads: { id: number; groupId: string; authorId: string; title: string; slug: string; pinned: boolean; locked: boolean; createdAt: Date; lastActivityAt: Date }[] = [];
  const posts: { id: number; threadId: number; authorId: string; parentId: number | null; createdAt: Date; body: string; html: string; renderVersion: number; editedAt: Date | null; editCount: number }[] = [];
  const revisions: { postId: number; body: string; writtenAt: Date; replacedAt: Date }[] = [];
  const reactions: { postId: number; userId: string; kind: ReactionKind; createdAt: Date }[] = [];

  const addLikes = (id: number, createdAt: Date, likers: string[] | undefined, body: string) => {
    likers?.forEach((key, index) =>
      reactions.push({ postId: id, userId: userId(key), kind: seedReactionKind(body, index), createdAt: at(createdAt.getTime() + (index + 1) * 1.5 * HOUR) }),
    );
  };

  for (const group of content.groups) {
    const owner = group.members.find((member) => member.role === "owner");
    if (!owner) throw new Error(`Seed group ${group.slug} has no owner`);
    const createdAt = new Date(now.getTime() - group.createdDaysAgo * DAY);
    const created = await db.group.create({
      data: {
        slug: group.slug,
        name: group.name,
        description: group.description,
        descriptionHtml: renderMarkdown(group.description),
        renderVersion: RENDER_VERSION,
        tags: group.tags,
        searchText: groupSearchText(group),
        visibility: group.visibility,
        listed: group.listed ?? false,
        language: group.language,
        createdById: userId(owner.user),
        createdAt,
        lastActivityAt: createdAt,
        memberships: {
          createMany: {
            data: group.members.map((member) => ({ userId: userId(member.user), role: member.role, joinedAt: new Date(now.getTime() - member.joinedDaysAgo * DAY) })),
          },
        },
      },
      select: { id: true },
    });
    ctx.groupIds.set(group.slug, created.id);
    // Requests waiting, and the notice each sent the group's owners and moderators, as askToJoin does.
    for (const request of group.joinRequests ?? []) {
      const createdAtRequest = new Date(now.getTime() - request.daysAgo * DAY);
      await db.joinRequest.create({ data: { groupId: created.id, userId: userId(request.user), message: request.message, createdAt: createdAtRequest } });
      await db.notification.createMany({
        data: group.members
          .filter((member) => member.role === "owner" || member.role === "moderator")
          .map((member) => ({
            userId: userId(member.user),
            kind: "group.join.requested",
            message: joinRequestNoticeMessage(names.get(request.user)!, group.name),
            url: joinRequestsPath(group.slug),
            // As askToJoin keys it: taking the request back or answering it marks it read.
            dedupeKey: joinRequestNoticeKey(created.id, userId(request.user), createdAtRequest, userId(member.user)),
            createdAt: createdAtRequest,
          })),
      });
    }
    let groupLast = createdAt.getTime();

    for (const thread of group.threads) {
      const id = ++threadId;
      ctx.threadIds.set(thread.key, { id, groupId: created.id, slug: threadSlug(thread.title) });
      const openedAt = at(now.getTime() - thread.daysAgo * DAY);
      const openerId = ++postId;
      post({ id: openerId, threadId: id, authorId: userId(thread.author), parentId: null, createdAt: openedAt }, thread.body, thread.earlierVersions);
      addLikes(openerId, openedAt, thread.likes, thread.body);
      let last = openedAt.getTime();
      const visit = (replies: SeedReply[] | undefined, parentId: number, parentAt: Date) => {
        for (const reply of replies ?? []) {
          const replyId = ++postId;
          const createdAtReply = at(parentAt.getTime() + reply.afterHours * HOUR);
          post({ id: replyId, threadId: id, authorId: userId(reply.author), parentId, createdAt: createdAtReply }, reply.body, reply.earlierVersions);
          addLikes(replyId, createdAtReply, reply.likes, reply.body);
          last = Math.max(last, createdAtReply.getTime());
          visit(reply.replies, replyId, createdAtReply);
        }
      };
      visit(thread.replies, openerId, openedAt);
      threads.push({
        id,
        groupId: created.id,
        authorId: userId(thread.author),
        title: thread.title,
        slug: threadSlug(thread.title),
        pinned: thread.pinned ?? false,
        locked: thread.locked ?? false,
        createdAt: openedAt,
        lastActivityAt: new Date(last),
      });
      groupLast = Math.max(groupLast, last);
    }
    await db.group.update({ where: { id: created.id }, data: { lastActivityAt: new Date(groupLast) } });
  }

  await db.thread.createMany({ data: threads });
  for (let i = 0; i < posts.length; i += 1000) await db.post.createMany({ data: posts.slice(i, i + 1000) });
  await db.postRevision.createMany({ data: revisions });
  await db.reaction.createMany({ data: reactions, skipDuplicates: true });
  const answers = seededAnswers(threads, posts, reactions);
  await db.$executeRaw`UPDATE "Thread" t SET "answerId" = a.post FROM unnest(${answers.map((a) => a.threadId)}::int[], ${answers.map((a) => a.postId)}::int[]) AS a(thread, post) WHERE t.id = a.thread`;
  await db.notification.createMany({ data: mentionNotices(posts, threads, ctx, names) });
  await db.notification.createMany({ data: reactionNotices(posts, threads, reactions, ctx, names) });
  // Explicit ids bypassed the sequences: move them past what we inserted.
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Thread"', 'id'), GREATEST((SELECT MAX(id) FROM "Thread"), 1))`);
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Post"', 'id'), GREATEST((SELECT MAX(id) FROM "Post"), 1))`);
  ctx.log(`${users.length} users, ${content.groups.length} groups, ${threads.length} threads, ${posts.length} posts (${revisions.length} earlier versions), ${reactions.length} reactions`);
}

/**
 * The answers the askers marked (decision 035): in each thread whose title asks a question, the
 * direct reply by someone else that drew the most reactions (the earliest of equals), if any did.
 */
function seededAnswers(
  threads: { id: number; authorId: string; title: string }[],
  posts: { id: number; threadId: number; authorId: string; parentId: number | null }[],
  reactions: { postId: number }[],
): { threadId: number; postId: number }[] {
  const reacted = new Map<number, number>();
  for (const reaction of reactions) reacted.set(reaction.postId, (reacted.get(reaction.postId) ?? 0) + 1);
  const openers = new Map(posts.filter((post) => post.parentId === null).map((post) => [post.threadId, post.id]));
  const best = new Map<number, { postId: number; reactions: number }>();
  const questions = new Map(threads.filter((thread) => thread.title.trim().endsWith("?")).map((thread) => [thread.id, thread.authorId]));
  for (const post of posts) {
    const asker = questions.get(post.threadId);
    if (asker === undefined || post.authorId === asker || post.parentId !== openers.get(post.threadId)) continue;
    const count = reacted.get(post.id) ?? 0;
    if (count > 0 && count > (best.get(post.threadId)?.reactions ?? 0)) best.set(post.threadId, { postId: post.id, reactions: count });
  }
  return [...best].map(([threadId, { postId }]) => ({ threadId, postId }));
}

/**
 * The notices the seeded mentions sent, as the app sends them (decision 021): to each person
 * mentioned but the author, leading to the post; read an hour later when over two days old (the
 * demo accounts' last visit, prisma/seed/visits.ts), so the newest are waiting for them.
 */
function mentionNotices(
  posts: { id: number; threadId: number; authorId: string; createdAt: Date; body: string }[],
  threads: { id: number; groupId: string; title: string }[],
  ctx: SeedContext,
  names: Map<string, string>,
) {
  const threadById = new Map(threads.map((thread) => [thread.id, thread]));
  const slugById = new Map(ctx.content.groups.map((group) => [ctx.groupIds.get(group.slug), group.slug]));
  const nameById = new Map([...ctx.userIds].map(([key, id]) => [id, names.get(key)!]));
  return posts.flatMap((post) => {
    const thread = threadById.get(post.threadId)!;
    const readAt = ctx.now.getTime() - post.createdAt.getTime() > 2 * DAY ? new Date(post.createdAt.getTime() + HOUR) : null;
    return newlyMentioned(post.body, { authorId: post.authorId }).map((userId) => ({
      userId,
      kind: "post.mentioned",
      message: mentionNoticeMessage(nameById.get(post.authorId)!, thread.title),
      url: postPermalink(slugById.get(thread.groupId)!, post.id),
      createdAt: post.createdAt,
      readAt,
    }));
  });
}

/**
 * The notices the seeded reactions sent their posts' authors, as the app sends them (decision
 * 029): one per post, gathering everyone who reacted and naming the latest, written at the last
 * reaction; read an hour later when over two days old, as the mention notices.
 */
function reactionNotices(
  posts: { id: number; threadId: number; authorId: string; parentId: number | null }[],
  threads: { id: number; groupId: string; title: string }[],
  reactions: { postId: number; userId: string; kind: ReactionKind; createdAt: Date }[],
  ctx: SeedContext,
  names: Map<string, string>,
) {
  const threadById = new Map(threads.map((thread) => [thread.id, thread]));
  const slugById = new Map(ctx.content.groups.map((group) => [ctx.groupIds.get(group.slug), group.slug]));
  const nameById = new Map([...ctx.userIds].map(([key, id]) => [id, names.get(key)!]));
  const byPost = new Map<number, typeof reactions>();
  for (const reaction of reactions) {
    const given = byPost.get(reaction.postId);
    if (given) given.push(reaction);
    else byPost.set(reaction.postId, [reaction]);
  }
  return posts.flatMap((post) => {
    const given = (byPost.get(post.id) ?? []).filter((reaction) => reaction.userId !== post.authorId).toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const latest = given.at(-1);
    if (!latest) return [];
    const thread = threadById.get(post.threadId)!;
    const readAt = ctx.now.getTime() - latest.createdAt.getTime() > 2 * DAY ? new Date(latest.createdAt.getTime() + HOUR) : null;
    const people = new Set(given.map((reaction) => reaction.userId)).size;
    return [
      {
        userId: post.authorId,
        kind: REACTION_NOTICE,
        message: reactionNoticeMessage({ name: nameById.get(latest.userId)!, kind: latest.kind }, people, { title: thread.title, opener: post.parentId === null }),
        url: postPermalink(slugById.get(thread.groupId)!, post.id),
        dedupeKey: reactionNoticeKey(post.id, given[0]!.userId),
        createdAt: latest.createdAt,
        readAt,
      },
    ];
  });
}

/**
 * Which reaction a seeded reader gives a post (decision 027): every third reader just likes it;
 * the others answer what the post does — a link shared earns thanks, good news a celebration, a
 * joke a laugh, a long explanation "insightful", warmth love — and the rest like it too.
 */
export function seedReactionKind(body: string, readerIndex: number): ReactionKind {
  if (readerIndex % 3 === 0) return "like";
  const text = body.toLowerCase();
  if (/https?:\/\/|\]\(/.test(text)) return "thanks";
  if (/congrat|bravo|félicit|we did it|finished|launched|done!|🎉/.test(text)) return "celebrate";
  if (/haha|😄|😂|lol\b|:\)/.test(text)) return "funny";
  if (/love|adore|j'aime|merci|thank/.test(text)) return "love";
  if (text.length > 500) return "insightful";
  return "like";
}
