import type { ChalkInstance } from "chalk";
import type { Channel } from "./domain/channels.js";
import type { Direction, Reason } from "./domain/due.js";
import type { ContactFormFields } from "./domain/contact-field-form.js";
import type { ConversationFields } from "./domain/conversation-edit.js";
import type { CalendarDate } from "./domain/dates.js";
import type { Database } from "./store/db.js";
import type { DbLocation } from "./store/paths.js";
import type { ContactRef } from "./store/contacts.js";
import type { Progress } from "./ui/progress.js";

/** What the outside world provides to a command. Built once, in main.ts. */
export interface Ctx {
  /** The user's local calendar date (or `--today`). */
  today: CalendarDate;
  /** This moment as ISO-8601 UTC, for created_at/updated_at. */
  now: string;
  /** Opens the database on first use, so a command rejects bad input before touching it. */
  db(): Database;
  /**
   * Called by a command about to read every contact or conversation (log, contact list, the
   * exports, search for every match): SQLite then caches 4 MiB of the file, not 16.
   */
  readingEverything(): void;
  /**
   * The command knows its output will be long (an export to --out FILE; a search for every
   * match, which ranks them all before it prints one): the runtime is asked to keep its heap near
   * what is live. Output to stdout otherwise asks by itself once it is long (main.ts).
   */
  outputIsLong(): void;
  /** Where the database is (or would be created), and which setting chose it; opens nothing. */
  dbLocation(): DbLocation;
  /** Present only when stdin and stdout are both terminals: nothing may wait for input otherwise. */
  prompter?: Prompter;
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal that says. */
  columns: number | undefined;
  style: ChalkInstance;
  /** A progress line for work over `total` items; silent unless stderr is a terminal. */
  progress(label: string, total: number): Progress;
  /** This netlog as absolute paths (node, then bin/netlog.js), to run it where there is no PATH: cron. */
  invocation(): { node: string; script: string };
  /** $TZ when the user set it: netlog run elsewhere (by cron) must count days on the same calendar. */
  timeZone: string | undefined;
  /** Runs one of the programs netlog uses, found on the user's PATH, killing it after `timeoutMs`. */
  runProgram(name: ExternalProgram, args: readonly string[], options: { input?: string; timeoutMs: number }): ProgramResult;
}

/**
 * The only programs netlog ever starts: the user's crontab for `netlog cron`, and the desktop's
 * notifier for `due --notify`. netlog keeps other people's details; nothing else runs.
 */
export type ExternalProgram = "crontab" | "notify-send";

export type ProgramResult =
  | { kind: "missing" }
  | { kind: "timeout" }
  /** `code` is null when a signal ended it. */
  | { kind: "exited"; code: number | null; stdout: string; stderr: string };

export interface NewContactAnswers {
  company: string | null;
  cadenceDays: number | null;
}

/** A contact's editable fields as the edit form shows them (see domain/contact-fields.ts), and its tags. */
export type ContactForm = ContactFormFields & {
  /** Comma-separated. */
  tags: string;
};

export interface Prompter {
  chooseContact(message: string, choices: readonly ContactRef[]): Promise<ContactRef>;
  /** The searchable picker of `netlog add` with no name: an existing contact or a new name. */
  searchContact(search: (term: string) => readonly ContactRef[]): Promise<{ ref: ContactRef } | { newName: string }>;
  confirm(message: string, defaultAnswer: boolean): Promise<boolean>;
  /** Whether a new follow-up should replace the open one (`open`), which would otherwise stay. */
  replaceFollowUp(name: string, open: { date: CalendarDate; note: string | null }, today: CalendarDate): Promise<boolean>;
  newContactDetails(name: string): Promise<NewContactAnswers>;
  channel(): Promise<Channel>;
  /** Who spoke in a written message on `channel`: a message they sent is not one to chase. */
  direction(channel: Channel): Promise<Direction>;
  date(today: CalendarDate, parse: (text: string) => Promise<CalendarDate>): Promise<CalendarDate>;
  note(): Promise<string>;
  /** `netlog review`: what to do about a person on today's list, by one key. */
  reviewAction(reason: Reason): Promise<"log" | "snooze" | "dismiss" | "pause" | "archive" | "next" | "quit">;
  /** `netlog review`'s snooze: until when (2w, a date). */
  snoozeUntil(): Promise<string>;
  /** Writes a line of `netlog review`'s walk through the list to the terminal. */
  show(text: string): void;
  /** The `contact edit` form, prefilled with `current`; `check` says what is wrong with an answer. */
  editContact(current: ContactForm, check: (field: keyof ContactForm, answer: string) => string | undefined): Promise<ContactForm>;
  /** The form of `netlog log edit` without flags: every field, prefilled with its current value. */
  conversation(about: { id: number; contact: string }, current: ConversationFields, parseDate: (text: string) => Promise<CalendarDate>): Promise<ConversationFields>;
}
