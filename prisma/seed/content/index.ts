/**
 * The demo data's story: eight groups in very different states of health, and the people in
 * them. Everything is deterministic (seeded PRNG, relative times), so every seed run tells the
 * same story relative to the moment it runs.
 */
import { astronomyGroup, astronomyHandWrittenKeys } from "./astronomy";
import { circleGroup, circleHandWrittenKeys } from "./circle";
import { datavizGroup, datavizHandWrittenKeys } from "./dataviz";
import { gardenGroup, gardenHandWrittenKeys } from "./garden";
import { repairGroup, repairHandWrittenKeys } from "./repair";
import { retroGroup, retroHandWrittenKeys } from "./retro";
import { startupGroup, startupHandWrittenKeys } from "./startup";
import type { SeedContent } from "./types";
import { users } from "./users";
import { veloGroup, veloHandWrittenKeys } from "./velo";

export const content: SeedContent = {
  users,
  groups: [gardenGroup, datavizGroup, veloGroup, astronomyGroup, startupGroup, retroGroup, repairGroup, circleGroup],
};

/**
 * Thread keys written by hand, per group slug (the others are composed by `generate.ts`).
 * Useful for meetups and projects that want to link to a real conversation.
 */
export const handWrittenThreadKeys: Record<string, readonly string[]> = {
  [gardenGroup.slug]: gardenHandWrittenKeys,
  [datavizGroup.slug]: datavizHandWrittenKeys,
  [veloGroup.slug]: veloHandWrittenKeys,
  [astronomyGroup.slug]: astronomyHandWrittenKeys,
  [startupGroup.slug]: startupHandWrittenKeys,
  [retroGroup.slug]: retroHandWrittenKeys,
  [repairGroup.slug]: repairHandWrittenKeys,
  [circleGroup.slug]: circleHandWrittenKeys,
};

/** Threads that meetups and projects can naturally link to (see the README of the seed). */
export const storyThreads = {
  /** City Gardeners: the seed swap (a meetup) and the shared compost bays (a project). */
  gardenSeedSwap: "garden-seed-swap",
  gardenCompostBays: "garden-shared-compost-bay",
  gardenKidsPlot: "garden-kids-plot",
  /** Data Visualization Club: the bike counter dashboard (a project). */
  datavizBikeDashboard: "dataviz-bike-counters-dashboard",
  /** Les Ateliers Vélo: Saturday workshop (a recurring meetup) and the derailleur session. */
  veloSaturdayWorkshop: "velo-atelier-samedi",
  veloDerailleurSession: "velo-derailleur-reglage",
  /** Amateur Astronomy Night: the dark-sky carpool trip (a meetup). */
  astronomyDarkSkyTrip: "astro-dark-sky-trip",
  /** Startup Growth Network: the founders' coffee that never happened. */
  startupFoundersCoffee: "startup-founders-coffee",
  /** Retro Computing Collective: the C64 restoration (a project that stalled when the venue closed). */
  retroC64Restoration: "retro-c64-restoration",
  retroVenueClosing: "retro-makerspace-closing",
  /** Neighbourhood Repair Café: the first session (a meetup) and the spare-parts shelf (a project). */
  repairFirstSession: "repair-first-session",
  repairSparePartsShelf: "repair-spare-parts-shelf",
  /** Community Organizers Circle: the shared meetup calendar (a project). */
  circleSharedCalendar: "circle-shared-calendar",
} as const;
