/**
 * Meetup times: entered as wall-clock time in the event's IANA zone, stored in UTC, shown in
 * the event's zone and in the viewer's. Pure functions (luxon), shared by the server, the forms
 * and the client component that shows the viewer's zone.
 */
import { DateTime, IANAZone } from "luxon";

/** What a `<input type="datetime-local">` sends: `2026-03-14T18:30` (seconds optional). */
export const LOCAL_INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const DAY_MS = 24 * 3600 * 1000;

/** How long a meetup lasts when the organizer has not said: what the end field suggests. */
export const DEFAULT_DURATION_HOURS = 2;

/**
 * The wall-clock end to suggest for a start typed in the form ("2026-03-14T18:30" →
 * "2026-03-14T20:30"), or null for an incomplete start. Wall-clock arithmetic: the zone is
 * applied when the form is saved, like every time typed in it.
 */
export function suggestedEnd(startLocal: string, hours = DEFAULT_DURATION_HOURS): string | null {
  const match = LOCAL_INPUT_PATTERN.exec(startLocal.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  // A year still being typed ("0002") is no start yet (and Date.UTC reads 0–99 as 1900–1999).
  if (year < 1000) return null;
  const end = new Date(Date.UTC(year, month - 1, day, hour + hours, minute));
  if (Number.isNaN(end.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(end.getUTCFullYear()).padStart(4, "0")}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}T${pad(end.getUTCHours())}:${pad(end.getUTCMinutes())}`;
}

/**
 * Zones ICU still names by their old spelling (its ids are frozen), with the names IANA and
 * the people living there use today. Both spellings are the same zone to every runtime.
 */
const MODERN_ZONE_NAMES: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Coral_Harbour": "America/Atikokan",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** A zone under its current name (Asia/Calcutta → Asia/Kolkata), when the runtime knows that name. */
export function modernZoneName(zone: string): string {
  const modern = MODERN_ZONE_NAMES[zone];
  return modern && IANAZone.isValidZone(modern) ? modern : zone;
}

let pickerZones: string[] | null = null;
let pickerZonesByLowerCase: Map<string, string> | null = null;

/**
 * Every zone the runtime knows, under current names, for the time-zone picker (plus UTC, which
 * ICU lists apart). Computed once: the runtime's zones do not change while it runs.
 */
export function listTimeZones(): string[] {
  if (!pickerZones) {
    const zones = typeof Intl.supportedValuesOf === "function" ? [...new Set(Intl.supportedValuesOf("timeZone").map(modernZoneName))].sort() : [];
    pickerZones = zones.includes("UTC") ? zones : ["UTC", ...zones];
  }
  return [...pickerZones];
}

/** The picker's name for `zone` when it is one of `zones` but for its case ("asia/tokyo" → "Asia/Tokyo"), else null. */
function listedSpelling(zone: string, zones: readonly string[]): string | null {
  const lower = zone.trim().toLowerCase();
  return zones.find((listed) => listed.toLowerCase() === lower) ?? null;
}

/**
 * The zone's spelling to store: one the time-zone picker offers (`listTimeZones`), matched without
 * regard to case ("europe/paris" → "Europe/Paris"); null for anything else. Aliases the picker
 * does not offer ("US/Eastern", "Asia/Calcutta", "EST", "Etc/UTC") and offsets ("+01:00", which
 * follow no daylight saving time) are refused rather than stored as typed: every stored zone is
 * one the form can show selected.
 */
export function normalizeTimeZone(zone: string): string | null {
  if (!pickerZonesByLowerCase) pickerZonesByLowerCase = new Map(listTimeZones().map((listed) => [listed.toLowerCase(), listed]));
  return pickerZonesByLowerCase.get(zone.trim().toLowerCase()) ?? null;
}

/**
 * The zone of `zones` (the picker's) that is `zone` under another name: itself but for its case,
 * or the current name of an alias ("US/Eastern" → "America/New_York", "Asia/Calcutta" →
 * "Asia/Kolkata"), as the runtime resolves it; null when none is. For a zone stored before the
 * picker's names were enforced, or a browser's own, so the form starts on an option it offers.
 */
export function listedEquivalentZone(zone: string, zones: readonly string[] = listTimeZones()): string | null {
  const listed = listedSpelling(zone, zones);
  if (listed) return listed;
  try {
    const canonical = new Intl.DateTimeFormat("en", { timeZone: zone.trim() }).resolvedOptions().timeZone;
    return listedSpelling(modernZoneName(canonical), zones);
  } catch {
    return null;
  }
}

/**
 * "America/New_York" → "America/New York": how the time-zone picker names a zone, and so how every
 * page does (the viewer's own time, the meetup's zone), so the two read alike.
 */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll("_", " ");
}

export function isValidTimeZone(zone: string): boolean {
  return normalizeTimeZone(zone) !== null;
}

export type LocalToUtcResult =
  | { ok: true; date: Date }
  | { ok: false; reason: "format" | "zone" }
  /** The wall-clock time is skipped by a daylight-saving jump (e.g. 02:30 on a spring-forward night). */
  | { ok: false; reason: "gap"; zone: string }
  /** The wall-clock time happens twice (e.g. 02:30 on a fall-back night): its two instants, in order. */
  | { ok: false; reason: "ambiguous"; zone: string; occurrences: [Date, Date] };

/**
 * Wall-clock time in `zone` → the UTC instant. A time that never happens (clocks going forward)
 * and one that happens twice (clocks going back) are both refused rather than silently resolved,
 * so the organizer picks what they mean: taking the first occurrence of 02:30 and an unambiguous
 * 03:30 as the end made a one-hour meetup last two (decision 004 §4). The refusal of an ambiguous
 * time carries both instants, so an edit can keep the one already stored.
 */
export function localToUtc(local: string, zone: string): LocalToUtcResult {
  const match = LOCAL_INPUT_PATTERN.exec(local.trim());
  if (!match) return { ok: false, reason: "format" };
  const normalized = normalizeTimeZone(zone);
  if (!normalized) return { ok: false, reason: "zone" };
  // Seconds are accepted but dropped: forms show times to the minute, so a stored second would
  // make every later save of the same form look like a change of time.
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  if (second! > 59) return { ok: false, reason: "format" };
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 };
  // fromObject refuses impossible dates (31 February, 25:00) instead of rolling them over.
  const wallAsUtc = DateTime.fromObject(wall, { zone: "UTC" });
  if (!wallAsUtc.isValid) return { ok: false, reason: "format" };
  const asUtc = wallAsUtc.toMillis();

  // The zone's offset a day either side covers both offsets around any transition.
  const zoneObj = IANAZone.create(normalized);
  const offsets = new Set([zoneObj.offset(asUtc - DAY_MS), zoneObj.offset(asUtc), zoneObj.offset(asUtc + DAY_MS)]);
  const candidates = [...offsets]
    .map((offsetMinutes) => asUtc - offsetMinutes * 60_000)
    .filter((instant) => zoneObj.offset(instant) * 60_000 === asUtc - instant)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return { ok: false, reason: "gap", zone: normalized };
  if (candidates.length > 1) return { ok: false, reason: "ambiguous", zone: normalized, occurrences: [new Date(candidates[0]!), new Date(candidates[1]!)] };
  return { ok: true, date: new Date(candidates[0]!) };
}

/** Whether two instants fall in the same minute (what a `datetime-local` field can express). */
export function sameMinute(a: Date, b: Date): boolean {
  return Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}

/** A UTC instant as the `datetime-local` value of its wall-clock time in `zone` (edit forms). */
export function utcToLocalInput(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** Fixed layout (not the locale's, which varies between ICU versions): "Sat 14 Mar 2026". */
const DATE_FORMAT = "ccc d LLL yyyy";
const TIME_FORMAT = "HH:mm";

/** "Sat 14 Mar 2026, 18:30 CET" (or "UTC+5:30" where the zone has no common abbreviation). */
export function formatInZone(date: Date, zone: string): string {
  const local = DateTime.fromJSDate(date, { zone }).setLocale("en-GB");
  return `${local.toFormat(DATE_FORMAT)}, ${local.toFormat(TIME_FORMAT)} ${zoneAbbreviation(date, zone)}`;
}

/**
 * `date` in `zone` beside a `reference` time written out in full (`referenceZone`): "Sun 28 Mar,
 * 10:00" next to "Sun 28 Mar 2027, 14:00 CEST". The year and the zone's abbreviation are left out
 * where they are the reference's, as people write "from Sunday 10:00 to 14:00 CEST".
 */
export function formatBeside(date: Date, zone: string, reference: Date, referenceZone: string): string {
  const local = DateTime.fromJSDate(date, { zone }).setLocale("en-GB");
  const sameYear = local.year === DateTime.fromJSDate(reference, { zone: referenceZone }).year;
  const abbreviation = zoneAbbreviation(date, zone);
  const sameZone = abbreviation === zoneAbbreviation(reference, referenceZone);
  return `${local.toFormat(sameYear ? "ccc d LLL" : DATE_FORMAT)}, ${local.toFormat(TIME_FORMAT)}${sameZone ? "" : ` ${abbreviation}`}`;
}

/** "+02:00" → "UTC+2", "+05:30" → "UTC+5:30", "+00:00" → "UTC". */
function utcOffsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "-";
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/**
 * The zone's short name at that instant: CET in winter, CEST in summer, EDT, BST… ICU knows
 * American names in en-US and European ones in en-GB; where neither has one ("GMT+9"), the
 * UTC offset is clearer.
 */
export function zoneAbbreviation(date: Date, zone: string): string {
  const local = DateTime.fromJSDate(date, { zone });
  for (const locale of ["en-US", "en-GB"]) {
    const name = local.setLocale(locale).offsetNameShort;
    if (name && !/^GMT[+-]/.test(name) && !/^UTC[+-]/.test(name)) return name;
  }
  return utcOffsetLabel(local.offset);
}

/**
 * "Sat 14 Mar 2026, 18:30 – 21:00 CET" when the meetup starts and ends on the same local day,
 * "Sat 14 Mar 2026, 22:00 CET – Sun 15 Mar 2026, 02:00 CET" otherwise. The abbreviation is
 * repeated when a DST change falls inside the meetup.
 */
export function formatRangeInZone(start: Date, end: Date, zone: string): string {
  const from = DateTime.fromJSDate(start, { zone }).setLocale("en-GB");
  const to = DateTime.fromJSDate(end, { zone }).setLocale("en-GB");
  const startAbbr = zoneAbbreviation(start, zone);
  const endAbbr = zoneAbbreviation(end, zone);
  if (from.hasSame(to, "day")) {
    return `${from.toFormat(DATE_FORMAT)}, ${from.toFormat(TIME_FORMAT)} – ${to.toFormat(TIME_FORMAT)} ${endAbbr}${startAbbr === endAbbr ? "" : ` (starts ${startAbbr})`}`;
  }
  return `${formatInZone(start, zone)} – ${formatInZone(end, zone)}`;
}

/** "Europe/Paris" → "Europe/Paris (CET, UTC+1)" for labels; the offset is taken at `at`. */
export function describeZone(zone: string, at: Date): string {
  const utc = utcOffsetLabel(DateTime.fromJSDate(at, { zone }).offset);
  const abbreviation = zoneAbbreviation(at, zone);
  return abbreviation === utc ? `${zone} (${utc})` : `${zone} (${abbreviation}, ${utc})`;
}

/**
 * Whether two zones show the same wall-clock time at every one of `instants` (the viewer's line
 * is then redundant). A meetup passes its start and its end: a daylight-saving change inside it
 * can make the zones agree at the start and part by the end (Johannesburg and Paris on the
 * night clocks go back), and the viewer's end time then differs.
 */
export function sameOffsetAt(zoneA: string, zoneB: string, ...instants: Date[]): boolean {
  const a = IANAZone.create(zoneA);
  const b = IANAZone.create(zoneB);
  return instants.every((at) => a.offset(at.getTime()) === b.offset(at.getTime()));
}
