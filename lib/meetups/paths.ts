/** The meetup URLs (other features link to these; keep them stable). */
export const meetupsPath = (groupSlug: string) => `/g/${groupSlug}/meetups`;
export const meetupPath = (groupSlug: string, meetupId: number) => `/g/${groupSlug}/meetups/${meetupId}`;
/** Where an edit lands: the meetup, told to show the organizer what the save means. */
export const SAVED_PARAM = "saved";
export const savedMeetupPath = (groupSlug: string, meetupId: number) => `${meetupPath(groupSlug, meetupId)}?${SAVED_PARAM}=1`;
export const newMeetupPath = (groupSlug: string, threadId?: number) => `/g/${groupSlug}/meetups/new${threadId ? `?thread=${threadId}` : ""}`;
export const meetupIcsPath = (groupSlug: string, meetupId: number) => `/g/${groupSlug}/meetups/${meetupId}/calendar.ics`;
/** The group feed; private groups need the member's calendar token. */
export const groupFeedPath = (groupSlug: string, token?: string) => `/g/${groupSlug}/meetups.ics${token ? `?token=${encodeURIComponent(token)}` : ""}`;
/** A person's feed of the meetups they are going to: the token is the only key. */
export const userFeedPath = (token: string) => `/calendar/${encodeURIComponent(token)}/meetups.ics`;
