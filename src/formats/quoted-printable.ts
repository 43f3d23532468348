// Quoted-printable (RFC 2045 §6.7), as vCard 2.1 writers use it: `=XX` is a byte, the bytes are
// text in the property's CHARSET (UTF-8 when it names none). Soft line breaks are joined before.

/** The text, or undefined when the charset is one this Node cannot decode. */
export function decodeQuotedPrintable(value: string, charset = "UTF-8"): string | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim());
  } catch {
    return undefined;
  }
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const part of value.split(/(=[0-9A-Fa-f]{2})/)) {
    if (/^=[0-9A-Fa-f]{2}$/.test(part)) bytes.push(Number.parseInt(part.slice(1), 16));
    // Not an escape (a stray `=`, text beyond ASCII): its own UTF-8 bytes, as a lenient reader takes it.
    else for (const byte of encoder.encode(part)) bytes.push(byte);
  }
  return decoder.decode(new Uint8Array(bytes));
}
