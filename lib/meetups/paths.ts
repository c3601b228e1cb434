/** The meetup URLs (other features link to these; keep them stable). */
export const meetupsPath = (groupSlug: string) => `/g/${groupSlug}/meetups`;
export const meetupPath = (groupSlug: string, meetupId: number) => `/g/${groupSlug}/meetups/${meetupId}`;
/** Where an edit lands: the meetup, told to show the organizer what the save means. */
export const SAVED_PARAM = "saved";
export const savedMeetupPath = (groupSlug: string, meetupId: number) => `${meetupPath(groupSlug, meetupId)}?${SAVED_PARAM}=1`;
/** Where scheduling lands: the meetup, told how many members heard of it (`?scheduled=12`). */
export const SCHEDULED_PARAM = "scheduled";
export const scheduledMeetupPath = (groupSlug: string, meetupId: number, notified: number) => `${meetupPath(groupSlug, meetupId)}?${SCHEDULED_PARAM}=${notified}`;
export const newMeetupPath = (groupSlug: string, threadId?: number) => `/g/${groupSlug}/meetups/new${threadId ? `?thread=${threadId}` : ""}`;
/** "Schedule another like this": the form filled in from meetup `fromId` (lib/meetups/form-values.ts). */
export const copyMeetupPath = (groupSlug: string, fromId: number) => `/g/${groupSlug}/meetups/new?from=${fromId}`;
export const meetupIcsPath = (groupSlug: string, meetupId: number) => `/g/${groupSlug}/meetups/${meetupId}/calendar.ics`;
/** Who a private group's feed is for, and their key to it (lib/meetups/calendar-keys.ts). */
export interface GroupFeedAccess {
  member: string;
  key: string;
}
/** A group feed's query: a member's key to it (`?member=…&key=…`), or nothing for a public group's. */
export const feedKeyQuery = (access?: GroupFeedAccess | null) => (access ? `?member=${encodeURIComponent(access.member)}&key=${encodeURIComponent(access.key)}` : "");
/** The group feed: a public group's needs no key; a private group's carries a member's. */
export const groupFeedPath = (groupSlug: string, access?: GroupFeedAccess) => `/g/${groupSlug}/meetups.ics${feedKeyQuery(access)}`;
/** A person's feed of the meetups they are going to: the token is the only key. */
export const userFeedPath = (token: string) => `/calendar/${encodeURIComponent(token)}/meetups.ics`;
