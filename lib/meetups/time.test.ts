import { describe, expect, it } from "vitest";
import { describeZone, formatInZone, formatRangeInZone, isValidTimeZone, listedEquivalentZone, listTimeZones, localToUtc, modernZoneName, suggestedEnd, normalizeTimeZone, sameMinute, sameOffsetAt, timeZoneLabel, utcToLocalInput } from "./time";

const utc = (iso: string) => new Date(iso);

describe("local wall-clock time → UTC", () => {
  it("converts with the zone's offset on that date (winter and summer)", () => {
    expect(localToUtc("2026-01-15T18:30", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-01-15T17:30:00Z") });
    expect(localToUtc("2026-07-15T18:30", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-07-15T16:30:00Z") });
    expect(localToUtc("2026-07-15T18:30", "America/New_York")).toEqual({ ok: true, date: utc("2026-07-15T22:30:00Z") });
    expect(localToUtc("2026-07-15T18:30", "Asia/Kolkata")).toEqual({ ok: true, date: utc("2026-07-15T13:00:00Z") });
    expect(localToUtc("2026-07-15T18:30", "UTC")).toEqual({ ok: true, date: utc("2026-07-15T18:30:00Z") });
  });

  it("refuses a time skipped by the spring-forward jump instead of moving it", () => {
    // Paris, 29 March 2026: 02:00 → 03:00.
    expect(localToUtc("2026-03-29T02:30", "Europe/Paris")).toEqual({ ok: false, reason: "gap", zone: "Europe/Paris" });
    expect(localToUtc("2026-03-29T01:59", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-03-29T00:59:00Z") });
    expect(localToUtc("2026-03-29T03:00", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-03-29T01:00:00Z") });
    // New York, 8 March 2026: 02:00 → 03:00.
    expect(localToUtc("2026-03-08T02:15", "America/New_York")).toMatchObject({ ok: false, reason: "gap" });
  });

  it("refuses a time that happens twice (fall back), naming both moments, instead of picking one", () => {
    // Paris, 25 October 2026: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30Z and 01:30Z.
    expect(localToUtc("2026-10-25T02:30", "Europe/Paris")).toEqual({ ok: false, reason: "ambiguous", zone: "Europe/Paris", occurrences: [utc("2026-10-25T00:30:00Z"), utc("2026-10-25T01:30:00Z")] });
    expect(localToUtc("2026-10-25T02:00", "Europe/Paris")).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(localToUtc("2026-10-25T01:59", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-10-24T23:59:00Z") });
    expect(localToUtc("2026-10-25T03:00", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-10-25T02:00:00Z") });
    expect(localToUtc("2026-10-25T03:30", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-10-25T02:30:00Z") });
    // New York, 7 November 2027: 02:00 EDT → 01:00 EST.
    expect(localToUtc("2027-11-07T01:30", "America/New_York")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("refuses unknown zones, malformed and impossible dates", () => {
    expect(localToUtc("2026-07-15T18:30", "Mars/Olympus_Mons")).toEqual({ ok: false, reason: "zone" });
    expect(localToUtc("2026-07-15T18:30", "+02:00")).toEqual({ ok: false, reason: "zone" });
    expect(localToUtc("15/07/2026 18:30", "Europe/Paris")).toEqual({ ok: false, reason: "format" });
    expect(localToUtc("2026-02-30T18:30", "Europe/Paris")).toEqual({ ok: false, reason: "format" });
    expect(localToUtc("2026-07-15T24:30", "Europe/Paris")).toEqual({ ok: false, reason: "format" });
  });

  it("drops seconds (the edit form shows minutes), and still refuses an impossible second", () => {
    expect(localToUtc("2026-07-15T18:30:45", "Europe/Paris")).toEqual({ ok: true, date: utc("2026-07-15T16:30:00Z") });
    expect(localToUtc("2026-07-15T18:30:60", "Europe/Paris")).toEqual({ ok: false, reason: "format" });
    // What the form sends back for a stored start is that start, to the minute.
    const stored = utc("2026-07-15T16:30:42.123Z");
    const resent = localToUtc(utcToLocalInput(stored, "Europe/Paris"), "Europe/Paris");
    expect(resent.ok && sameMinute(resent.date, stored)).toBe(true);
    expect(sameMinute(stored, utc("2026-07-15T16:31:00Z"))).toBe(false);
  });

  it("round-trips through the edit form's local value", () => {
    for (const zone of ["Europe/Paris", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu"]) {
      const instant = utc("2026-11-03T19:45:00Z");
      const local = utcToLocalInput(instant, zone);
      expect(localToUtc(local, zone)).toEqual({ ok: true, date: instant });
    }
  });
});

describe("time zones", () => {
  it("validates and normalises IANA names", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Not/AZone")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(normalizeTimeZone("europe/paris")).toBe("Europe/Paris");
    expect(normalizeTimeZone(" UTC ")).toBe("UTC");
    expect(normalizeTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
  });

  it("stores only the picker's zones: any case of one is its listed name; aliases and abbreviations are unknown", () => {
    const zones = listTimeZones();
    expect(normalizeTimeZone("asia/tokyo")).toBe("Asia/Tokyo");
    expect(normalizeTimeZone("AMERICA/NEW_YORK")).toBe("America/New_York");
    expect(normalizeTimeZone("utc")).toBe("UTC");
    for (const typed of ["US/Eastern", "Asia/Calcutta", "EST", "Etc/UTC", "GMT", "EST5EDT", "Europe/Kiev", "+01:00", "Etc/GMT+5", "Not/AZone"]) {
      expect(normalizeTimeZone(typed), typed).toBeNull();
    }
    // Every zone the picker offers is accepted, as it is spelt there.
    expect(zones.every((zone) => normalizeTimeZone(zone) === zone)).toBe(true);
  });

  it("labels a zone as the picker does, with spaces for underscores", () => {
    expect(timeZoneLabel("America/New_York")).toBe("America/New York");
    expect(timeZoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
    expect(timeZoneLabel("Europe/Paris")).toBe("Europe/Paris");
  });

  it("finds the picker's name for an alias stored or reported under another (US/Eastern is America/New_York)", () => {
    expect(listedEquivalentZone("US/Eastern")).toBe("America/New_York");
    expect(listedEquivalentZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(listedEquivalentZone("europe/paris")).toBe("Europe/Paris");
    expect(listedEquivalentZone("Etc/UTC")).toBe("UTC");
    expect(listedEquivalentZone("Mars/Olympus_Mons")).toBeNull();
    // Only among the zones given (a browser's form gets the server's list).
    expect(listedEquivalentZone("US/Eastern", ["UTC", "Europe/Paris"])).toBeNull();
  });

  it("the picker and the browser's zone use today's names (Kolkata, Kyiv), once each", () => {
    const zones = listTimeZones();
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(zones).not.toContain("Europe/Kiev");
    expect(zones).toContain("Africa/Asmara");
    expect(zones).toContain("America/Atikokan");
    expect(zones).not.toContain("Africa/Asmera");
    expect(zones).not.toContain("America/Coral_Harbour");
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.every((zone) => isValidTimeZone(zone))).toBe(true);
    expect(modernZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(modernZoneName("Europe/Paris")).toBe("Europe/Paris");
  });
});

describe("display", () => {
  it("shows the event's zone with the abbreviation in force on that date", () => {
    expect(formatInZone(utc("2026-01-15T17:30:00Z"), "Europe/Paris")).toBe("Thu 15 Jan 2026, 18:30 CET");
    expect(formatInZone(utc("2026-07-15T16:30:00Z"), "Europe/Paris")).toBe("Wed 15 Jul 2026, 18:30 CEST");
  });

  it("shows a same-day range once, and a range across midnight in full", () => {
    expect(formatRangeInZone(utc("2026-07-15T16:30:00Z"), utc("2026-07-15T19:00:00Z"), "Europe/Paris")).toBe("Wed 15 Jul 2026, 18:30 – 21:00 CEST");
    expect(formatRangeInZone(utc("2026-07-15T20:00:00Z"), utc("2026-07-16T00:30:00Z"), "Europe/Paris")).toBe("Wed 15 Jul 2026, 22:00 CEST – Thu 16 Jul 2026, 02:30 CEST");
  });

  it("says so when a DST change falls inside the meetup (the night of 25 October 2026)", () => {
    // 01:00 CEST → 04:00 CET on the same local day: 3 wall-clock hours, 4 real ones.
    expect(formatRangeInZone(utc("2026-10-24T23:00:00Z"), utc("2026-10-25T03:00:00Z"), "Europe/Paris")).toBe("Sun 25 Oct 2026, 01:00 – 04:00 CET (starts CEST)");
  });

  it("the same instant reads differently in the viewer's zone", () => {
    const start = utc("2026-07-15T16:30:00Z");
    expect(formatInZone(start, "America/New_York")).toBe("Wed 15 Jul 2026, 12:30 EDT");
    expect(formatInZone(start, "Asia/Tokyo")).toBe("Thu 16 Jul 2026, 01:30 UTC+9");
    expect(formatInZone(start, "Europe/London")).toBe("Wed 15 Jul 2026, 17:30 BST");
    expect(sameOffsetAt("Europe/Paris", "Europe/Berlin", start)).toBe(true);
    expect(sameOffsetAt("Europe/Paris", "Europe/London", start)).toBe(false);
  });

  it("zones that agree at the start but not at the end do not read the same (clocks going back inside the meetup)", () => {
    // Paris, 31 Oct 2027: 02:30 CEST (UTC+2) – 04:00 CET (UTC+1). Johannesburg stays UTC+2.
    const start = utc("2027-10-31T00:30:00Z");
    const end = utc("2027-10-31T03:00:00Z");
    expect(sameOffsetAt("Africa/Johannesburg", "Europe/Paris", start)).toBe(true);
    expect(sameOffsetAt("Africa/Johannesburg", "Europe/Paris", start, end)).toBe(false);
    expect(formatRangeInZone(start, end, "Africa/Johannesburg")).toMatch(/^Sun 31 Oct 2027, 02:30 – 05:00 /);
    // Zones that change together still read the same throughout.
    expect(sameOffsetAt("Europe/Berlin", "Europe/Paris", start, end)).toBe(true);
  });

  it("describes a zone with its offset", () => {
    expect(describeZone("Europe/Paris", utc("2026-01-15T12:00:00Z"))).toBe("Europe/Paris (CET, UTC+1)");
    expect(describeZone("UTC", utc("2026-01-15T12:00:00Z"))).toBe("UTC (UTC)");
    expect(describeZone("Asia/Kolkata", utc("2026-01-15T12:00:00Z"))).toBe("Asia/Kolkata (UTC+5:30)");
  });
});

describe("the end the form suggests", () => {
  it("is two hours after the start, across midnight and month ends; nothing for an incomplete start", () => {
    expect(suggestedEnd("2026-03-14T18:30")).toBe("2026-03-14T20:30");
    expect(suggestedEnd("2026-12-31T23:15")).toBe("2027-01-01T01:15");
    expect(suggestedEnd("2026-02-28T22:00", 3)).toBe("2026-03-01T01:00");
    expect(suggestedEnd("")).toBeNull();
    expect(suggestedEnd("2026-03-14")).toBeNull();
    expect(suggestedEnd("0002-03-14T18:30")).toBeNull();
  });
});
