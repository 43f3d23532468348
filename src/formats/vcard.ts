// vCard (.vcf) files written (4.0) through ical.js, which does the escaping and the value
// types; content-lines.ts keeps line breaks out of values and folds. Reading them is vcard-read.ts.
import ICAL from "ical.js";
import { contentText, foldContentLines } from "./content-lines.js";
import type { Contact } from "../domain/contact.js";
import { fieldsWith } from "../domain/contact-fields.js";
import type { ContactDate, MonthDay } from "../domain/birthdays.js";
import type { IncomingValue } from "../domain/incoming.js";
import type { ValueKind } from "../domain/value-lists.js";
import { valueTypes } from "./vcard-types.js";

/** The table's fields that a card holds, in its order. */
const CARD_FIELDS = fieldsWith("vcard");

export type ExportableContact = Pick<Contact, "uuid" | "name" | "tags" | "updatedAt" | (typeof CARD_FIELDS)[number]["key"]> &
  Partial<Pick<Contact, "emailLabel" | "phoneLabel">> & {
    dates?: readonly ContactDate[];
    /** The contact's emails, phones and links beyond the primary of each, in their order. */
    others?: readonly IncomingValue[];
  };

/** The kind of value each property of a card holds. */
const KIND_OF: Readonly<Record<string, ValueKind>> = { email: "email", tel: "phone", url: "url" };

/** vCard 4.0, CRLF line ends, one card per contact. */
export function toVcards(contacts: readonly ExportableContact[]): string {
  return contacts.map((c) => `${foldContentLines(toCard(c))}\r\n`).join("");
}

/** Built as jCard, so ical.js does the escaping and the VALUE= parameters. */
function toCard(contact: ExportableContact): string {
  const properties: unknown[][] = [];
  const text = (value: unknown): unknown => (typeof value === "string" ? contentText(value) : Array.isArray(value) ? value.map(text) : value);
  const add = (name: string, type: string, ...values: unknown[]) => properties.push([name, {}, type, ...values.map(text)]);
  const others = contact.others ?? [];
  let groups = 0;
  /** An email, phone or link with its label as TYPE (or as an item group's X-ABLabel), PREF=1 on the primary among several. */
  const addValue = (name: string, valueType: string, value: string, label: string | null, preferred: boolean) => {
    const { params, ablabel } = valueTypes(KIND_OF[name]!, label);
    if (preferred) params.pref = "1";
    if (ablabel !== undefined) params.group = `item${++groups}`;
    properties.push([name, params, valueType, text(value)]);
    if (ablabel !== undefined) properties.push(["x-ablabel", { group: params.group }, "unknown", escapedText(String(text(ablabel)))]);
  };
  const addOthers = (name: string, valueType: string) => {
    for (const v of others) if (v.kind === KIND_OF[name]) addValue(name, valueType, v.value, v.label, false);
  };
  const hasOthers = (name: string) => others.some((v) => v.kind === KIND_OF[name]);
  add("version", "text", "4.0"); // RFC 6350: must come first
  add("uid", "text", `urn:uuid:${contact.uuid}`);
  add("fn", "text", contact.name);
  // Best effort: the last word is the family name. N needs all five components to be valid.
  const words = contact.name.trim().split(/\s+/);
  add("n", "text", [words.pop() ?? "", words.join(" "), "", "", ""]);
  for (const { key, vcard } of CARD_FIELDS) {
    const value = contact[key];
    const type = "valueType" in vcard ? vcard.valueType : "text";
    if (!value) {
      // No primary, no others: giveValue fills the primary first. Still, none is lost.
      if (vcard.property in KIND_OF) addOthers(vcard.property, type);
      continue;
    }
    const shape = "shape" in vcard ? vcard.shape : undefined;
    if (key === "email" || key === "phone") {
      addValue(vcard.property, type, String(value), (key === "email" ? contact.emailLabel : contact.phoneLabel) ?? null, hasOthers(vcard.property));
      addOthers(vcard.property, type);
    } else if (shape === "label") {
      // Free text, not a postal address: RFC 6350's LABEL parameter holds exactly that.
      // ical.js reads `\n` and `\\` in a parameter as escapes (beyond RFC 6868, whose ^-escapes it
      // writes itself): a backslash is doubled so that the location reads back as written.
      const label = contentText(String(value)).replace(/\\/g, "\\\\");
      if (label) properties.push([vcard.property, { label }, "text", ["", "", "", "", "", "", ""]]);
    } else if ("kind" in vcard) {
      // A URL of a kind (LinkedIn): TYPE says which, and Apple's Contacts reads X-SOCIALPROFILE.
      properties.push([vcard.property, { type: vcard.kind, ...(hasOthers(vcard.property) ? { pref: "1" } : {}) }, type, text(value)]);
      if ("socialProfile" in vcard) properties.push(["x-socialprofile", { type: vcard.kind }, type, text(value)]);
      addOthers(vcard.property, type);
    } else {
      // Structured (ORG): as a one-component array ical.js escapes the company's `;` too.
      add(vcard.property, type, shape === "structured" ? [value] : value);
    }
  }
  if (contact.tags.length > 0) add("categories", "text", ...contact.tags);
  for (const [property, date] of yearlyDates(contact.dates ?? [])) add(property, "date-and-or-time", cardDate(date));
  // vCard timestamps have no fractional seconds, and ical.js drops the Z if they are left in.
  add("rev", "timestamp", new Date(contact.updatedAt).toISOString().replace(/\.\d+Z$/, "Z"));
  return new ICAL.Component(["vcard", properties, []]).toString();
}

/** BDAY, and ANNIVERSARY (one a card: the one named "anniversary" first, else the earliest in the year). */
function yearlyDates(dates: readonly ContactDate[]): Array<["bday" | "anniversary", ContactDate]> {
  const birthday = dates.find((d) => d.kind === "birthday");
  const anniversaries = dates.filter((d) => d.kind === "anniversary");
  const anniversary = anniversaries.find((d) => d.label?.toLowerCase() === "anniversary") ?? anniversaries[0];
  return [...(birthday ? [["bday", birthday] as ["bday", ContactDate]] : []), ...(anniversary ? [["anniversary", anniversary] as ["anniversary", ContactDate]] : [])];
}

/** `1986-04-14`, or without a year `--04-14`: jCard's forms, which ical.js writes as RFC 6350's `19860414` and `--0414`. */
function cardDate({ month, day, year }: MonthDay): string {
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year === null ? `--${md}` : `${year}-${md}`;
}

/**
 * A text value as RFC 6350 escapes it, for a property ical.js writes as it is given ("unknown":
 * ical.js would add VALUE=TEXT to an X- property typed text): an X-ABLabel's `a, b` written raw
 * reads as `a` in vobject (khard).
 */
function escapedText(value: string): string {
  return value.replace(/[\\,;]/g, "\\$&").replace(/\r\n|\n|\r/g, "\\n");
}
