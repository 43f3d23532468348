// Random text of the kind that breaks text formats: every C0 control, DEL, C1 controls, CR, LF
// and CRLF, tabs, bidi and zero-width controls, line and paragraph separators, non-BMP
// characters, the characters vCard, iCalendar and CSV escape or split on, formula starters, and
// the lines a value would need to end its card or event and start another.
import fc from "fast-check";

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i));
const PIECES = [
  ...C0,
  "\x7f",
  ...C1,
  "\r\n",
  "\t",
  " ",
  "  ",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u200b",
  "\u2060",
  "\ufeff",
  "\u2028",
  "\u2029",
  "\u00a0",
  "😀",
  "𝄞",
  "\u{10fffd}",
  "é",
  "€",
  "ß",
  "日本",
  ";",
  ",",
  "\\",
  ":",
  '"',
  "'",
  "^",
  "=",
  "+",
  "-",
  "@",
  "\\n",
  "\\;",
  "\\,",
  "END:VCARD",
  "BEGIN:VCARD",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "VERSION:4.0",
  "FN:Injected",
];

/** A string of up to `maxPieces` pieces, with plain letters among them. */
export function hostileText(maxPieces = 12): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...PIECES), weight: 3 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 4 }).filter((s) => !/\p{Cs}/u.test(s)), weight: 1 },
    { arbitrary: fc.constantFrom("a", "Acme", "Ann", "x y"), weight: 2 },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(""));
}
