// vCard (.vcf) files written (4.0) through ical.js, which does the escaping and the value
// types; content-lines.ts keeps line breaks out of values and folds. Reading them is vcard-read.ts.
import ICAL from "ical.js";
import { contentText, foldContentLines } from "./content-lines.js";
import type { Contact } from "../domain/contact.js";

export type ExportableContact = Pick<Contact, "uuid" | "name" | "company" | "title" | "email" | "phone" | "linkedinUrl" | "location" | "notes" | "tags" | "updatedAt">;

/** vCard 4.0, CRLF line ends, one card per contact. */
export function toVcards(contacts: readonly ExportableContact[]): string {
  return contacts.map((c) => `${foldContentLines(toCard(c))}\r\n`).join("");
}

/** Built as jCard, so ical.js does the escaping and the VALUE= parameters. */
function toCard(contact: ExportableContact): string {
  const properties: unknown[][] = [];
  const text = (value: unknown): unknown => (typeof value === "string" ? contentText(value) : Array.isArray(value) ? value.map(text) : value);
  const add = (name: string, type: string, ...values: unknown[]) => properties.push([name, {}, type, ...values.map(text)]);
  add("version", "text", "4.0"); // RFC 6350: must come first
  add("uid", "text", `urn:uuid:${contact.uuid}`);
  add("fn", "text", contact.name);
  // Best effort: the last word is the family name. N needs all five components to be valid.
  const words = contact.name.trim().split(/\s+/);
  add("n", "text", [words.pop() ?? "", words.join(" "), "", "", ""]);
  // ORG is structured: as a one-component array ical.js escapes the company's `;` too.
  if (contact.company) add("org", "text", [contact.company]);
  if (contact.title) add("title", "text", contact.title);
  if (contact.email) add("email", "text", contact.email);
  // ical.js's default for TEL is uri, which would leave a `,` unescaped; the number is free text.
  if (contact.phone) add("tel", "text", contact.phone);
  if (contact.linkedinUrl) add("url", "uri", contact.linkedinUrl);
  // The location is free text, not a postal address: RFC 6350's LABEL parameter holds exactly that.
  const location = contact.location && contentText(contact.location);
  if (location) properties.push(["adr", { label: location }, "text", ["", "", "", "", "", "", ""]]);
  if (contact.notes) add("note", "text", contact.notes);
  if (contact.tags.length > 0) add("categories", "text", ...contact.tags);
  // vCard timestamps have no fractional seconds, and ical.js drops the Z if they are left in.
  add("rev", "timestamp", new Date(contact.updatedAt).toISOString().replace(/\.\d+Z$/, "Z"));
  return new ICAL.Component(["vcard", properties, []]).toString();
}
