// What vCard (RFC 6350 §3.2) and iCalendar (RFC 5545 §3.1) share: text values without raw line
// breaks, and content lines of at most 75 octets. ical.js escapes and folds, but it leaves a CR
// raw (only LF becomes `\n`), so a company "Acme\rEND:VCARD\rBEGIN:VCARD…" made a card of its
// own and a note pasted with CRLF made python-vobject and khard refuse the whole file; and it
// folds at 75 octets after the fold's leading space, 76 in all.

/**
 * A text value as these formats can carry it: CRLF and CR become LF, which ical.js writes as the
 * escape `\n`; the other control characters, which neither grammar allows in a value and which
 * no escape can carry (C0 but tab and LF, and DEL), are left out. C1 controls are UTF-8
 * characters like any other there, and stay.
 */
export function contentText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\x00-\x08\x0B-\x1F\x7F]/g, "");
}

/** RFC 5545 §3.1 and RFC 6350 §3.2: a line "SHOULD NOT be longer than 75 octets", CRLF aside. */
const MAX_OCTETS = 75;

/**
 * The text ical.js wrote (CRLF line ends, its own folds), folded again at 75 octets with the
 * leading space counted, and only between code points, so that no UTF-8 sequence is cut. Every
 * CRLF + space in that text is one of ical.js's folds: values carry no raw line break once they
 * have been through contentText.
 */
export function foldContentLines(text: string): string {
  return text.replace(/\r\n /g, "").split("\r\n").map(foldLine).join("\r\n");
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(part);
      part = " ";
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n");
}
