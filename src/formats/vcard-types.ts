// A value's label as a card writes it (vCard 4.0): a word address books know as a TYPE
// (`TEL;TYPE=cell`), any other label as Apple's and Gmail's item group with an X-ABLabel, which
// they show as the label and which import vcard reads back (vcard-lines.ts).
import type { ValueKind } from "../domain/value-lists.js";

/** netlog's labels and the TYPE each is written as, by kind; RFC 6350's where it has one. */
const TYPES: Readonly<Record<ValueKind, Readonly<Record<string, string>>>> = {
  email: { work: "work", home: "home", other: "other" },
  phone: { work: "work", home: "home", mobile: "cell", main: "main", fax: "fax", pager: "pager", other: "other" },
  // A website is what a URL is when nothing says: no TYPE is needed for it.
  url: { work: "work", home: "home", linkedin: "linkedin", website: "", blog: "blog", profile: "profile" },
};

export function valueTypes(kind: ValueKind, label: string | null): { params: Record<string, string>; ablabel?: string } {
  if (label === null) return { params: {} };
  const type = TYPES[kind][label.toLowerCase()];
  if (type === undefined) return { params: {}, ablabel: label };
  return { params: type === "" ? {} : { type } };
}
