// Property tests for the cadence engine: over random histories, cadences and days, `dueList`
// lists exactly the contacts a plain reading of the rules says are due, on the same dates, in
// every time zone, in an order that does not depend on how the contacts came in.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNELS } from "../../src/domain/channels.js";
import { type Direction, type DueItem, dueList, type FollowUp, type Policy, type Conversation, type TrackedContact } from "../../src/domain/due.js";
import { NO_HISTORY } from "../../src/domain/stage.js";

// ---------------------------------------------------------------------------------------------
// The oracle's own date arithmetic: whole days since 1970-01-01 in UTC, which has no DST, so
// dividing milliseconds by a day is exact here (and only here).

const MS_PER_DAY = 86_400_000;

function dayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Days on which some zone under test changes its clocks in 2026. */
const DST_CHANGES = ["2026-03-08", "2026-04-05", "2026-09-27", "2026-11-01"].map(dayOf);
const FIRST_DAY = dayOf("1990-01-01");
const LAST_DAY = dayOf("2035-12-31");

/** Near a clock change, or anywhere from 1992 to 2030 (leaving room either side up to 1990..2035). */
const dayArb: fc.Arbitrary<number> = fc.oneof(
  fc.tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -20, max: 20 })).map(([anchor, offset]) => anchor + offset),
  fc.integer({ min: dayOf("1992-01-01"), max: dayOf("2030-12-31") }),
);

const clamp = (day: number) => Math.min(LAST_DAY, Math.max(FIRST_DAY, day));

/**
 * A day for a contact's history: mostly before `on` (often by less than a short cadence, so that
 * contacts often fall due on `on` itself), sometimes near a clock change, sometimes anywhere.
 */
const historyDayArb = (on: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: -35, max: 0 }).map((offset) => clamp(on + offset)), weight: 3 },
    { arbitrary: fc.integer({ min: -500, max: 30 }).map((offset) => clamp(on + offset)), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -20, max: 20 })).map(([a, o]) => a + o), weight: 1 },
    { arbitrary: dayArb, weight: 1 },
  );

const NAMES = ["Ann", "ann", "Bo", "bo", "Cy", "Ann 2", "Ann 10"];
const DIRECTIONS: readonly Direction[] = ["sent", "received", "both"];

interface ConversationSpec {
  day: number;
  direction: Direction;
  channel: (typeof CHANNELS)[number];
  /** Logged this many days after it happened; null when the day is not known. */
  loggedAfter: number | null;
}

interface ContactSpec {
  name: string;
  cadenceDays: number | null;
  tagCadence: { days: number; tag: string } | null;
  addedOn: number;
  conversations: ConversationSpec[];
  followUp: null | {
    /** Promised in one of the contact's own conversations (index, wrapped), or at a free day and id. */
    inConversation: number | null;
    afterIdDelta: number;
    freeSetOn: number;
    freeAfterId: number;
    dueOffset: number;
  };
  snoozedUntil: number | null;
  paused: boolean;
  resumedOn: number | null;
  archived: boolean;
  tracked: boolean;
}

/** 1..400 days, often short so that the reply window and the cadence often end on the same day. */
const cadenceArb = (max: number) => fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max }));

const contactSpecArb = (on: number): fc.Arbitrary<ContactSpec> =>
  fc.record({
    name: fc.constantFrom(...NAMES),
    cadenceDays: fc.option(cadenceArb(400), { freq: 2 }),
    tagCadence: fc.option(
      cadenceArb(400).map((days) => ({ days, tag: "t" })),
      { freq: 2 },
    ),
    addedOn: historyDayArb(on),
    conversations: fc.array(
      fc.record({
        day: historyDayArb(on),
        direction: fc.constantFrom(...DIRECTIONS),
        channel: fc.constantFrom(...CHANNELS),
        loggedAfter: fc.option(fc.nat({ max: 30 }), { freq: 2 }),
      }),
      { maxLength: 5 },
    ),
    followUp: fc.option(
      fc.record({
        inConversation: fc.option(fc.nat({ max: 10 }), { freq: 4 }),
        afterIdDelta: fc.integer({ min: -1, max: 1 }),
        freeSetOn: historyDayArb(on),
        freeAfterId: fc.nat({ max: 60 }),
        dueOffset: fc.integer({ min: -30, max: 120 }),
      }),
      { freq: 2 },
    ),
    snoozedUntil: fc.option(
      fc.integer({ min: -15, max: 15 }).map((offset) => on + offset),
      { freq: 3 },
    ),
    paused: fc.boolean(),
    resumedOn: fc.option(historyDayArb(on), { freq: 2 }),
    archived: fc.constantFrom(false, false, false, true),
    tracked: fc.constantFrom(true, true, true, false),
  });

interface Scenario {
  on: string;
  policy: Policy;
  contacts: TrackedContact[];
  /** Every conversation of contact i, including those after `on`. */
  conversations: Conversation[][];
}

/** Builds contacts the way the store would for the day `on`: `lastContact` is the latest conversation on or before it. */
function build(on: number, policy: Policy, specs: ContactSpec[]): Scenario {
  const onDate = dateOf(on);
  let nextId = 1;
  const conversations = specs.map((spec) =>
    spec.conversations.map(
      (t): Conversation => ({
        date: dateOf(t.day),
        channel: t.channel,
        note: null,
        direction: t.direction,
        id: nextId++,
        ...(t.loggedAfter === null ? {} : { loggedOn: dateOf(t.day + t.loggedAfter) }),
      }),
    ),
  );
  const contacts = specs.map((spec, i): TrackedContact => {
    const own = conversations[i]!;
    const newestFirst = own.filter((t) => t.date <= onDate).sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.id - a.id));
    const last = newestFirst[0] ?? null;
    const unanswered = newestFirst.findIndex((t) => t.direction !== "sent");
    let followUp: FollowUp | null = null;
    if (spec.followUp) {
      const fu = spec.followUp;
      const promisedIn = fu.inConversation !== null && own.length > 0 ? own[fu.inConversation % own.length]! : null;
      const setOnDay = promisedIn ? dayOf(promisedIn.date) : fu.freeSetOn;
      const setOn = dateOf(setOnDay);
      const afterId = promisedIn ? promisedIn.id + fu.afterIdDelta : fu.freeAfterId;
      // As the store reads it: the first conversation of yours after the promise, whatever `on` is.
      const fulfilling = own.filter((t) => t.direction !== "received" && (t.date > setOn || (t.date === setOn && t.id > afterId))).map((t) => t.date);
      followUp = { date: dateOf(clamp(setOnDay + fu.dueOffset)), note: null, setOn, afterId, fulfilledOn: fulfilling.length ? fulfilling.sort()[0]! : null };
    }
    return {
      uuid: `u${i}`,
      name: spec.name,
      company: null,
      cadenceDays: spec.cadenceDays,
      tagCadence: spec.tagCadence,
      addedOn: dateOf(spec.addedOn),
      lastContact: last,
      followUp,
      snoozedUntil: spec.snoozedUntil === null ? null : dateOf(spec.snoozedUntil),
      paused: spec.paused,
      resumedOn: spec.resumedOn === null ? null : dateOf(spec.resumedOn),
      archived: spec.archived,
      tracked: spec.tracked,
      history: NO_HISTORY,
      sentInARow: unanswered === -1 ? newestFirst.length : unanswered,
    };
  });
  return { on: onDate, policy, contacts, conversations };
}

const policyArb: fc.Arbitrary<Policy> = fc.record({
  defaultCadenceDays: cadenceArb(200),
  replyWindowDays: fc.integer({ min: 1, max: 30 }),
});

/** Some contacts come twice over (a new uuid, the same history) so that ties in the order must be broken by uuid. */
const scenarioArb: fc.Arbitrary<Scenario> = dayArb.chain((on) =>
  fc
    .tuple(policyArb, fc.array(contactSpecArb(on), { maxLength: 8 }))
    .chain(([policy, specs]) => fc.tuple(fc.constant(policy), fc.constant(specs), fc.subarray(specs, { maxLength: Math.min(3, specs.length) })))
    .map(([policy, specs, twins]) => build(on, policy, [...specs, ...twins])),
);

// ---------------------------------------------------------------------------------------------
// The oracle: the rules, read plainly, in UTC day numbers. Independent of scheduleOf.

interface Expected {
  uuid: string;
  dueOn: string;
  daysOverdue: number;
  reason: string;
}

function expectedDue(contact: TrackedContact, on: string, policy: Policy): Expected | null {
  if (contact.archived) return null;
  if (contact.snoozedUntil !== null && contact.snoozedUntil > on) return null;
  const last = contact.lastContact;
  const fu = contact.followUp;
  // Fulfilled by a conversation of yours (not theirs) after the promise, on or before the day.
  const fulfilled = fu !== null && fu.fulfilledOn !== null && dayOf(fu.fulfilledOn) <= dayOf(on);
  let dueDay: number;
  let reason: string;
  if (fu !== null && !fulfilled) {
    dueDay = dayOf(fu.date);
    reason = "follow_up";
  } else if (contact.paused || !contact.tracked) {
    return null;
  } else {
    const cadence = contact.cadenceDays ?? contact.tagCadence?.days ?? policy.defaultCadenceDays;
    const base = Math.max(dayOf(last?.date ?? contact.addedOn), contact.resumedOn === null ? -Infinity : dayOf(contact.resumedOn));
    const cadenceDue = base + cadence;
    // A message sent before a pause ended is not chased: the cadence counts from the resume.
    const beforeResume = contact.resumedOn !== null && last !== null && last.date < contact.resumedOn;
    // A reply is chased for 7 mornings from the end of its window, only for a message logged by
    // then, and not after two unanswered messages in a row.
    const replyDay = last === null ? 0 : dayOf(last.date) + policy.replyWindowDays;
    const chased = last?.direction === "sent" && (contact.sentInARow ?? 1) < 2 && (last.loggedOn == null || dayOf(last.loggedOn) <= replyDay) && dayOf(on) - replyDay <= 6;
    if (chased && !beforeResume && replyDay <= cadenceDue) {
      dueDay = dayOf(last.date) + policy.replyWindowDays;
      reason = "no_reply";
    } else {
      dueDay = cadenceDue;
      reason = last ? "cadence" : "never_contacted";
    }
  }
  const daysOverdue = dayOf(on) - dueDay;
  return daysOverdue >= 0 ? { uuid: contact.uuid, dueOn: dateOf(dueDay), daysOverdue, reason } : null;
}

const summarize = (items: DueItem[]): Expected[] => items.map((i) => ({ uuid: i.contact.uuid, dueOn: i.dueOn!, daysOverdue: i.daysOverdue, reason: i.reason }));

const byUuid = (a: Expected, b: Expected) => (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);

function expectMatchesOracle({ contacts, on, policy }: Scenario): void {
  const actual = summarize(dueList(contacts, on, policy)).sort(byUuid);
  const expected = contacts
    .map((c) => expectedDue(c, on, policy))
    .filter((e): e is Expected => e !== null)
    .sort(byUuid);
  expect(actual).toEqual(expected);
}

// ---------------------------------------------------------------------------------------------

const HOME_ZONE = "America/Los_Angeles";
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"] as const;
/** Minutes behind UTC on 2026-01-15 local noon, to prove each zone really took effect. */
const JANUARY_OFFSET: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  "America/Los_Angeles": 480,
  "Pacific/Auckland": -780,
  "Asia/Kolkata": -330,
};

function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    process.env.TZ = HOME_ZONE;
  }
}

describe("dueList over random contacts", () => {
  afterEach(() => {
    process.env.TZ = HOME_ZONE;
  });

  it("lists exactly the contacts the rules say are due, with the same due date, days overdue and reason", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expectMatchesOracle(scenario);
      }),
      { numRuns: 300 },
    );
  });

  it("actually switches time zone when TZ is assigned", () => {
    for (const zone of ZONES) {
      expect(inZone(zone, () => new Date(2026, 0, 15, 12).getTimezoneOffset())).toBe(JANUARY_OFFSET[zone]);
    }
    expect(process.env.TZ).toBe(HOME_ZONE);
  });

  it("gives the same answer in UTC, Los Angeles, Auckland and Kolkata", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const results = ZONES.map((zone) =>
          inZone(zone, () => {
            expectMatchesOracle(scenario);
            return JSON.stringify(summarize(dueList(scenario.contacts, scenario.on, scenario.policy)));
          }),
        );
        for (const result of results) expect(result).toBe(results[0]);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same order whatever order the contacts come in", () => {
    const withShuffle = scenarioArb.chain((scenario) =>
      fc.tuple(fc.constant(scenario), fc.shuffledSubarray(scenario.contacts, { minLength: scenario.contacts.length, maxLength: scenario.contacts.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([scenario, shuffled]) => {
        const original = summarize(dueList(scenario.contacts, scenario.on, scenario.policy));
        const reordered = summarize(dueList(shuffled, scenario.on, scenario.policy));
        expect(reordered).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });
});
