// The header section of a message as fields: unfolded (RFC 5322 §2.2.3), names in lower case.

/** Header bytes as text: UTF-8 when they are (8-bit mailers write it raw), else Latin-1, which any bytes are. */
export function headerText(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Each field's values in order, by lower-case name; a line that is no field (an mbox's ">From ") is passed over. */
export function headerFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let name: string | undefined;
  let value = "";
  const flush = () => {
    if (name === undefined) return;
    const values = fields.get(name);
    if (values) values.push(value.trim());
    else fields.set(name, [value.trim()]);
  };
  for (const line of text.split(/\r?\n/)) {
    // A folded line continues the field above it: unfolding drops the line break, not the space.
    if ((line.startsWith(" ") || line.startsWith("\t")) && name !== undefined) {
      value += line;
      continue;
    }
    const colon = line.indexOf(":");
    flush();
    name = undefined;
    if (colon <= 0 || !/^[!-9;-~]+$/.test(line.slice(0, colon).trimEnd())) continue;
    name = line.slice(0, colon).trimEnd().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}
