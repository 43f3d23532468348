import type { TrackedContact } from "../../src/domain/due.js";
import { NO_HISTORY } from "../../src/domain/stage.js";

/** A tracked contact for the cadence engine's tests: no cadence of its own, and `last` as a phone call. */
export function person(name: string, fields: Partial<TrackedContact> & { last?: string } = {}): TrackedContact {
  const { last, ...rest } = fields;
  return {
    uuid: `uuid-${name}`,
    name,
    company: null,
    cadenceDays: null,
    tagCadence: null,
    addedOn: "2026-01-01",
    lastContact: last ? { id: 1, date: last, channel: "phone", note: null, direction: "both" } : null,
    followUp: null,
    snoozedUntil: null,
    paused: false,
    resumedOn: null,
    archived: false,
    tracked: true,
    history: NO_HISTORY,
    ...rest,
  };
}
