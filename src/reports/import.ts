// The summaries the import commands return and src/render/import.ts reads: a leaf both import.
import type { RowProblem } from "../formats/row-problem.js";

/** import linkedin (Connections.csv) and import vcard. */
export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: RowProblem[];
  /** Of the created, how many are on the morning list (a cadence or a cadenced tag). */
  tracked: number;
  /** What the import noticed but did not stop for (a file that looks like mojibake): one line each. */
  warnings?: string[];
  /**
   * import vcard: the properties left out of the cards it read (a photo, an X- extension, a line
   * it could not parse), how many of each, the most first.
   */
  skippedProperties?: SkippedProperty[];
  /** import linkedin: the contacts a newer Connections.csv shows in another job, in file order. */
  jobChanges?: JobChange[];
}

export interface JobChange {
  /** The contact's name in netlog. */
  name: string;
  from: { company: string | null; title: string | null };
  to: { company: string | null; title: string | null };
}

export interface SkippedProperty {
  name: string;
  count: number;
}

/** import linkedin of a messages.csv. */
export interface MessagesSummary {
  logged: number;
  /** Already imported by an earlier run. */
  duplicates: number;
  /** Messages with people who are not contacts. */
  ignored: number;
  skipped: RowProblem[];
  contacts: number;
  /** Contacts not tracked before whose last conversation is more than a year old: left untracked. */
  leftUntracked: number;
  /** Rows of messages never sent (IS MESSAGE DRAFT): left out. */
  drafts: number;
  /** What the import noticed but did not stop for (a file that looks like mojibake): one line each. */
  warnings: string[];
}

/** import linkedin of an Invitations.csv. */
export interface InvitationsSummary {
  /** Invitations with a note, logged as conversations. */
  logged: number;
  /** Already imported by an earlier run. */
  duplicates: number;
  /** Invitations with a note, with people who are not contacts: not logged (no contact is made). */
  notFound: number;
  /** Invitations without a note: counted, not logged. */
  withoutMessage: number;
  skipped: RowProblem[];
  contacts: number;
  /** Contacts not tracked before whose last conversation is more than a year old: left untracked. */
  leftUntracked: number;
  /** What the import noticed but did not stop for (a file that looks like mojibake): one line each. */
  warnings: string[];
}

/** import calendar. */
export interface CalendarSummary {
  /** Meetings logged as conversations (one per contact of each). */
  logged: number;
  /** The contacts they were with. */
  contacts: number;
  /** Planned meetings added, moved, and removed (cancelled, declined, past or gone from the calendar). */
  planned: { added: number; updated: number; removed: number };
  /** Already imported by an earlier run. */
  duplicates: number;
  /** Occurrences cancelled, and contacts (or you) who declined: left out. */
  cancelled: number;
  declined: number;
  /** Addresses in the events that are neither a contact nor yours. */
  notContacts: number;
  /** Events whose dates ical.js could not read: left out. */
  unreadable: number;
  /** Contacts not tracked before whose last conversation is more than a year old: left untracked. */
  leftUntracked: number;
}
