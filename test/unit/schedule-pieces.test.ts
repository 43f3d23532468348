// The pieces a contact's schedule is kept as (domain/schedule-pieces.ts) against the engine
// itself: over random contacts, on every day of the months after the pieces were made, the piece
// in force says what scheduleOf says that day, and no piece is in force where it says nobody is due.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, type CalendarDate } from "../../src/domain/dates.js";
import { type Direction, type Policy, scheduleOf, suggestionOf, type TrackedContact } from "../../src/domain/due.js";
import { piecesOf } from "../../src/domain/schedule-pieces.js";

const FROM: CalendarDate = "2026-11-25";
const DAYS_CHECKED = 120;
const day = (offset: number) => addCalendarDays(FROM, offset);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const offsetArb = fc.integer({ min: -60, max: 60 });

const contactArb: fc.Arbitrary<TrackedContact> = fc
  .record({
    cadence: maybe(fc.constantFrom(7, 14, 30, 90)),
    last: maybe(fc.record({ offset: fc.integer({ min: -200, max: 0 }), direction: fc.constantFrom<Direction>("sent", "received", "both"), loggedLate: fc.boolean() })),
    sentInARow: fc.constantFrom(1, 2),
    followUp: maybe(fc.record({ due: offsetArb, fulfilled: maybe(fc.integer({ min: -10, max: 40 })) })),
    snoozed: maybe(fc.integer({ min: -5, max: 30 })),
    paused: fc.boolean(),
    resumed: maybe(fc.integer({ min: -100, max: 0 })),
    tracked: fc.boolean(),
    dismissed: maybe(
      fc.record({ replies: maybe(fc.integer({ min: -20, max: 0 })), cadence: maybe(fc.integer({ min: -100, max: 0 })), job: maybe(fc.integer({ min: -40, max: 0 })) }),
    ),
    planned: maybe(fc.integer({ min: 0, max: 40 })),
    job: maybe(fc.integer({ min: -40, max: 0 })),
    online: fc.integer({ min: 0, max: 8 }),
  })
  .map((r) => ({
    uuid: "u1",
    name: "Ann",
    company: null,
    cadenceDays: r.cadence,
    tagCadence: null,
    addedOn: day(-300),
    lastContact: r.last && {
      id: 1,
      date: day(r.last.offset),
      channel: "email" as const,
      note: null,
      direction: r.last.direction,
      loggedOn: r.last.loggedLate ? day(r.last.offset + 30) : day(r.last.offset),
    },
    followUp: r.followUp && { date: day(r.followUp.due), note: null, setOn: day(-70), afterId: 0, fulfilledOn: r.followUp.fulfilled === null ? null : day(r.followUp.fulfilled) },
    snoozedUntil: r.snoozed === null ? null : day(r.snoozed),
    paused: r.paused,
    resumedOn: r.resumed === null ? null : day(r.resumed),
    archived: false,
    tracked: r.tracked,
    history:
      r.online === 0 || !r.last
        ? { online: { count: 0, first: null, last: null }, voice: { count: 0, first: null }, inPerson: { count: 0, first: null } }
        : { online: { count: r.online, first: day(-300), last: day(r.last.offset) }, voice: { count: 0, first: null }, inPerson: { count: 0, first: null } },
    sentInARow: r.sentInARow,
    ...(r.dismissed
      ? {
          dismissed: {
            repliesOn: r.dismissed.replies === null ? null : day(r.dismissed.replies),
            cadenceOn: r.dismissed.cadence === null ? null : day(r.dismissed.cadence),
            suggestions: [],
            jobChangeOn: r.dismissed.job === null ? null : day(r.dismissed.job),
          },
        }
      : {}),
    ...(r.planned === null ? {} : { planned: { date: day(r.planned), channel: "meeting" as const, note: null } }),
    ...(r.job === null ? {} : { jobChange: { noticedOn: day(r.job), company: "New", title: null, previousCompany: "Old", previousTitle: null } }),
  }));

const policyArb: fc.Arbitrary<Policy> = fc.record({ defaultCadenceDays: fc.constantFrom(30, 90), replyWindowDays: fc.constantFrom(3, 7, 14) });

describe("schedule pieces", () => {
  it("say on every day what the engine says", () => {
    fc.assert(
      fc.property(contactArb, policyArb, (contact, policy) => {
        // The contact as it stands; a planned meeting is no longer next once its day has passed.
        const contactOn = (on: CalendarDate): TrackedContact => (contact.planned && contact.planned.date < on ? { ...contact, planned: undefined } : contact);
        const pieces = piecesOf(contactOn, FROM, contact.planned ? [addCalendarDays(contact.planned.date, 1)] : [], policy);
        for (let offset = 0; offset < DAYS_CHECKED; offset++) {
          const on = day(offset);
          const inForce = pieces.filter((p) => p.from <= on && (p.until === null || p.until > on));
          const item = scheduleOf(contactOn(on), on, policy);
          if (item.dueOn === null) {
            expect(inForce, on).toEqual([]);
            continue;
          }
          expect(inForce.length, on).toBe(1);
          const [piece] = inForce;
          expect([piece!.item.dueOn, piece!.item.reason, piece!.item.cadenceDays, piece!.item.planned?.date], on).toEqual([
            item.dueOn,
            item.reason,
            item.cadenceDays,
            item.planned?.date,
          ]);
          expect(piece!.suggest).toBe(suggestionOf(contactOn(on)));
        }
        // Pieces are in order and never overlap.
        for (const [a, b] of pieces.slice(0, -1).map((p, i) => [p, pieces[i + 1]!] as const)) expect(a.until !== null && a.until <= b.from).toBe(true);
      }),
      { numRuns: 250 },
    );
  });
});
