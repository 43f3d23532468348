// Mojibake: UTF-8 text that a program read as Windows-1252 or Latin-1 and saved again, so
// "José" became "JosÃ©". The file is valid UTF-8, so nothing refuses it; a CSV import calls
// this to warn, and imports it as it is (a name could be spelled so; netlog does not guess).

/** The characters Windows-1252 shows for the bytes 0x80–0x9F (Latin-1 has control codes there). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** A UTF-8 lead byte (0xC2–0xF4) seen as one character, then one to three continuation bytes (0x80–0xBF). */
const CANDIDATE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${[...CP1252_HIGH].filter((c) => c > "\u00FF").join("")}]{1,3}`, "g");

export interface Mojibake {
  /** The word as the file has it, e.g. `JosÃ©`. */
  garbled: string;
  /** The same word read back as UTF-8, e.g. `José`. */
  repaired: string;
  /** Which reading made it: control codes point to Latin-1, `€`, `™`, curly quotes… to Windows-1252. */
  encoding: "Windows-1252" | "Latin-1" | "Windows-1252/Latin-1";
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The byte a character stands for in Windows-1252 (or Latin-1), or undefined for any other. */
function byteOf(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  if (code >= 0x80 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high === -1 ? undefined : 0x80 + high;
}

/** The character the sequence starting `text` stands for when its bytes are read as UTF-8, with how many characters it takes. */
function utf8Sequence(text: string): { char: string; length: number } | undefined {
  const lead = byteOf(text[0]!)!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (text.length < length) return undefined;
  const bytes = [...text.slice(0, length)].map(byteOf);
  if (bytes.some((b) => b === undefined)) return undefined;
  try {
    return { char: strictUtf8.decode(new Uint8Array(bytes as number[])), length };
  } catch {
    return undefined;
  }
}

/** The first mojibake word in `text`, or undefined when it has none. */
export function findMojibake(text: string): Mojibake | undefined {
  for (const match of text.matchAll(CANDIDATE)) {
    if (utf8Sequence(match[0]) === undefined) continue;
    const start = text.slice(0, match.index).search(/[^\s,;"]*$/);
    const end = match.index + text.slice(match.index).search(/[\s,;"]|$/);
    const garbled = text.slice(start, Math.min(end, start + 40));
    return { garbled, repaired: repair(garbled), encoding: encodingOf(garbled) };
  }
  return undefined;
}

function repair(word: string): string {
  return word.replace(CANDIDATE, (seq) => {
    const found = utf8Sequence(seq);
    return found ? found.char + seq.slice(found.length) : seq;
  });
}

/** Windows-1252 first: it leaves its five undefined bytes (0x81, 0x8D…) as control codes too. */
function encodingOf(word: string): Mojibake["encoding"] {
  if ([...word].some((c) => c.codePointAt(0)! > 0xff && CP1252_HIGH.includes(c))) return "Windows-1252";
  if (/[\u0080-\u009F]/.test(word)) return "Latin-1";
  return "Windows-1252/Latin-1";
}

/** The warning line a CSV import gives for it (the import still runs). */
export function mojibakeWarning(file: string, found: Mojibake): string {
  return `${file} looks like UTF-8 read as ${found.encoding} and saved again: "${found.garbled}" is likely "${found.repaired}"; imported as it is`;
}

/**
 * The text as it streams in, looked through for mojibake on the way (until the first is found);
 * `found()` tells once it has been read. A sequence split between two chunks is still seen.
 */
export function mojibakeWatch(): { watch(text: AsyncIterable<string>): AsyncGenerator<string>; found(): Mojibake | undefined } {
  let found: Mojibake | undefined;
  return {
    async *watch(text) {
      let tail = "";
      for await (const chunk of text) {
        if (found === undefined) {
          found = findMojibake(tail + chunk);
          tail = chunk.slice(-48);
        }
        yield chunk;
      }
    },
    found: () => found,
  };
}
