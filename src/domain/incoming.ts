// What every importer hands to the one import pipeline, whatever the file: a contact as the
// ContactFields shape (null for what the file does not hold) and a conversation with the people
// in it. Formats turn their rows into these; the store decides who is "the same person"
// (store/same-person.ts) from the same few keys, in one order, for every importer.
import { fieldsFrom } from "./contact-fields.js";
import type { ContactFields } from "./contact.js";
import type { CalendarDate } from "./dates.js";
import type { LabeledValue, ValueKind } from "./value-lists.js";

/** An email, phone or link of a row beyond its first of each (the primary, in the fields). */
export type IncomingValue = LabeledValue & { kind: ValueKind };

/** A contact as one row or card of a file holds it. */
export interface IncomingContact extends ContactFields {
  /** The file line the row or card starts on, for error messages. */
  line: number;
  /** netlog's own uuid, when the file came from netlog (a vCard export's UID); else null. */
  uuid: string | null;
  /** As the file names them; the importer keeps only those that can be tags. */
  tags: string[];
  /** LinkedIn's "Connected On": a new contact's cadence counts from it, not from the import. */
  connectedOn: CalendarDate | null;
  /** The row's other emails, phones and links, in the file's order; a website is one of them. */
  more: IncomingValue[];
}

/** What a file may leave out of a contact: everything but its line and name. */
export type ReadContact = Pick<IncomingContact, "line" | "name"> & Partial<IncomingContact>;

/** The row as an IncomingContact: whatever the file did not hold is null (no tags: none). */
export function incomingContact(read: ReadContact): IncomingContact {
  return Object.assign(fieldsFrom(read), { line: read.line, uuid: read.uuid ?? null, tags: read.tags ?? [], connectedOn: read.connectedOn ?? null, more: read.more ?? [] });
}

/** The contact fields of an incoming row: what a contact made from it starts with. */
export function fieldsOf({ line: _line, uuid: _uuid, tags: _tags, connectedOn: _connectedOn, more: _more, ...fields }: IncomingContact): ContactFields {
  return fields;
}

/** Every email, phone and link of a row, its first of each (the fields) before the others. */
export function incomingValues(c: IncomingContact): IncomingValue[] {
  return [
    ...(c.email === null ? [] : [{ kind: "email" as const, value: c.email, label: c.emailLabel }]),
    ...(c.phone === null ? [] : [{ kind: "phone" as const, value: c.phone, label: c.phoneLabel }]),
    ...(c.linkedinUrl === null ? [] : [{ kind: "url" as const, value: c.linkedinUrl, label: "linkedin" }]),
    ...c.more,
  ];
}

/** Someone a message was from or to: LinkedIn gives a name, a profile URL, or both. */
export interface IncomingPerson {
  name: string | null;
  linkedinUrl: string | null;
}

/** One message of a conversation, as LinkedIn's messages.csv holds it. */
export interface IncomingConversation {
  line: number;
  conversationId: string;
  /** The instant it was sent, ISO-8601 UTC. */
  sentAt: string;
  from: IncomingPerson;
  to: IncomingPerson[];
  content: string | null;
}
