/**
 * Meetup fixtures for data tests: meetups made through the real mutation (`scheduleMeetup`),
 * with a `now` argument so a test can create meetups that are already under way or over.
 */
import { expect } from "vitest";
import { AppError } from "@/lib/errors";
import { addMember, makeUser } from "@/test/fixtures";
import { scheduleMeetup } from "./mutations";
import type { MeetupInput } from "./schema";

const HOUR = 3600_000;

export function meetupInput(overrides: Partial<MeetupInput> = {}): MeetupInput {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * HOUR);
  return {
    title: "Test meetup",
    description: "A meetup made by a test fixture.",
    online: false,
    venueName: "Community hall",
    venueAddress: "1 Main Street",
    mapUrl: null,
    onlineUrl: null,
    timeZone: "Europe/Paris",
    startsAt,
    endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
    rsvpDeadline: null,
    capacity: null,
    threadIds: [],
    ...overrides,
  };
}

/**
 * Schedules a meetup. `scheduledAt` is the clock the mutation sees (default: an hour before the
 * start), so a meetup that started yesterday can still be "scheduled in the future".
 */
export async function makeMeetup(organizerId: string, groupId: string, overrides: Partial<MeetupInput> = {}, scheduledAt?: Date) {
  const input = meetupInput(overrides);
  return scheduleMeetup(organizerId, groupId, input, scheduledAt ?? new Date(input.startsAt.getTime() - HOUR));
}

/** `count` new users, all active members of the group. */
export async function makeMembers(groupId: string, count: number) {
  const users = await Promise.all(Array.from({ length: count }, () => makeUser()));
  await Promise.all(users.map((user) => addMember(groupId, user.id)));
  return users;
}

/** The AppError a mutation was refused with (the test fails if it succeeded or threw something else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
