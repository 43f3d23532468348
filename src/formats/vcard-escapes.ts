// Two escapes of vCard text that ical.js misreads, set aside before it parses a card and put
// back in each value after:
// - `\\` before a separator: ical.js looks only at the one character before a `,` or `;` to
//   decide whether it is escaped, so the tags `C:\` and `b` (CATEGORIES:C:\\,b) read as the one
//   tag `C:\,b`, and ORG:Acme\\;Retail as "Acme;Retail".
// - `\;` outside N, ADR and ORG: RFC 6350 asks for it only there, ical.js unescapes it only
//   there, and 3.0 writers escape it everywhere.
// Each stands in as a Unicode noncharacter (set aside by Unicode for such internal use) that the
// card does not hold, so that nothing the card holds is taken for one.
const NONCHARACTERS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xfdd0 + i));

export interface EscapesAside {
  /** The card, every `\\` and `\;` replaced, paired left to right as a reader pairs them. */
  text: string;
  /** A value ical.js read from that text, with its backslashes and semicolons back. */
  restore(value: string): string;
}

/** Undefined for a card that holds 31 of the 32 noncharacters U+FDD0–U+FDEF. */
export function setEscapesAside(unfolded: string): EscapesAside | undefined {
  const [backslash, semicolon] = NONCHARACTERS.filter((c) => !unfolded.includes(c));
  if (backslash === undefined || semicolon === undefined) return undefined;
  return {
    text: unfolded.replace(/\\([\\;])/g, (_, c: string) => (c === "\\" ? backslash : semicolon)),
    restore: (value) => value.replaceAll(backslash, "\\").replaceAll(semicolon, ";"),
  };
}
