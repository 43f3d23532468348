// A realistic database at LinkedIn scale, written through netlog's own store code: tens of
// thousands of imported connections, a few thousand people actually kept in touch with, and ten
// years of conversations skewed so that a few hundred people have most of them.
import type { Channel } from "../src/domain/channels.js";
import { defaultDirection } from "../src/domain/channels.js";
import { addCalendarDays } from "../src/domain/dates.js";
import { insertContact, startTracking, updateContactState } from "../src/store/contacts.js";
import { openDatabase } from "../src/store/db.js";
import { setFollowUp } from "../src/store/follow-ups.js";
import { insertConversation } from "../src/store/conversations.js";

export interface SeedOptions {
  contacts: number;
  conversations: number;
  today: string;
}

export interface Seeded {
  /** The name of the contact with the most conversations. */
  busiest: string;
  tracked: number;
}

/** mulberry32: the same database on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Elaine", "Sam", "José", "Priya", "Wei", "Fatima", "Lars", "Aoife", "Kwame", "Mei", "Dmitri", "Ana", "Tomás", "Yuki", "Noor", "Grace"];
const LAST = ["Longmire", "Ortiz", "Álvarez", "Nair", "Chen", "Haddad", "Nilsson", "Byrne", "Mensah", "Tanaka", "Volkov", "Silva", "Kowalski", "Okafor"];
const CHANNELS: Channel[] = ["linkedin", "linkedin", "inmail", "email", "email", "email", "text", "phone", "phone", "video", "meeting", "event"];

export function seed(path: string, options: SeedOptions): Seeded {
  const next = random(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const db = openDatabase(path, options.today);
  const now = `${options.today}T08:00:00.000Z`;
  // One in four contacts is kept in touch with; a few hundred of those are close.
  const tracked = Math.max(1, Math.round(options.contacts / 4));
  const close = Math.max(1, Math.min(300, Math.round(tracked / 25)));
  const ids: number[] = [];
  let busiest = "";
  db.transaction(() => {
    for (let i = 0; i < options.contacts; i++) {
      const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
      const tag = i < close ? "close" : i < tracked ? "network" : "linkedin";
      const fields = {
        name,
        company: `Company ${Math.floor(next() * 2000)}`,
        title: pick(["Founder", "Engineer", "Branch Manager", "Recruiter", "Partner"]),
        email: next() < 0.3 ? `person${i}@example.com` : null,
        phone: null,
        linkedinUrl: `https://www.linkedin.com/in/person-${i}`,
        location: null,
        met: null,
        notes: null,
        cadenceDays: i < tracked && next() < 0.1 ? 45 : null,
      };
      const contact = insertContact(db, fields, [tag, pick(["spokane", "seattle", "remote", "investors"])], addCalendarDays(options.today, -3650), now);
      if (i >= tracked) updateContactState(db, contact.id, { tracked: false }, now);
      if (i === 0) busiest = name;
      ids.push(contact.id);
    }
    db.prepare("UPDATE tags SET cadence_days = 30 WHERE key = 'close'").run();
    db.prepare("UPDATE tags SET cadence_days = 90 WHERE key = 'network'").run();

    // Seven in ten conversations are with the close few; the busiest gets the most of all.
    for (let n = 0; n < options.conversations; n++) {
      const r = next();
      const who = n % 50 === 0 ? 0 : r < 0.7 ? Math.floor(next() * close) : Math.floor(next() * tracked);
      const channel = pick(CHANNELS);
      const date = addCalendarDays(options.today, -Math.floor(next() * 3650));
      insertConversation(
        db,
        ids[who]!,
        { date, channel, note: `note ${n}: ${pick(["caught up", "sent the deck", "intro to a colleague", "coffee near the office"])}`, direction: defaultDirection(channel) },
        { now, today: date },
      );
    }
    for (let i = 0; i < Math.min(500, tracked); i++) {
      const id = ids[Math.floor(next() * tracked)]!;
      setFollowUp(
        db,
        id,
        { date: addCalendarDays(options.today, Math.floor(next() * 60) - 20), note: "follow up", setOn: addCalendarDays(options.today, -30), afterConversationId: 0 },
        now,
      );
    }
    for (let i = 0; i < Math.min(300, tracked); i++) {
      updateContactState(db, ids[Math.floor(next() * tracked)]!, { snoozedUntil: addCalendarDays(options.today, Math.floor(next() * 30) + 1) }, now);
    }
  })();
  db.close();
  return { busiest, tracked };
}

/**
 * Every untracked contact tracked on a cadence of `cadenceDays`, as `netlog import linkedin
 * --every 90d` leaves an address book it imports again: the same statement (startTracking), so
 * a contact that already had a cadence keeps it. Returns how many it started tracking.
 */
export function trackEveryone(path: string, options: { cadenceDays: number; today: string }): number {
  const db = openDatabase(path, options.today);
  try {
    const untracked = db.prepare("SELECT id FROM contacts WHERE tracked = 0").pluck().all() as number[];
    db.transaction(() => {
      for (const id of untracked) startTracking(db, id, options.cadenceDays);
    })();
    return untracked.length;
  } finally {
    db.close();
  }
}
