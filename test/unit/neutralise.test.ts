import { describe, expect, it, vi } from "vitest";
import { neutralise, neutraliseLines } from "../../src/text/neutralise.js";

describe("neutralise", () => {
  it.each([
    ["plain text is kept", "Elaine Longmire (Jefferson Bank)", "Elaine Longmire (Jefferson Bank)"],
    ["ESC of a CSI sequence: a control picture", "Zed \u001b[2J Person", "Zed ␛[2J Person"],
    ["OSC 52 with its BEL: printable, so inert", "Zed \u001b]52;c;Y3VybA==\u0007 Person", "Zed ␛]52;c;Y3VybA==␇ Person"],
    ["OSC 0 (window title)", "\u001b]0;PWNED\u0007", "␛]0;PWNED␇"],
    ["NUL and the other C0 controls", "a\u0000b\u0001c\u001fd", "a␀b␁c␟d"],
    ["DEL", "a\u007fb", "a␡b"],
    ["C1 CSI 0x9B", "a\u009b2Jb", "a⟨U+009B⟩2Jb"],
    ["C1 NEL 0x85 and OSC 0x9D", "a\u0085b\u009dc", "a⟨U+0085⟩b⟨U+009D⟩c"],
    ["line breaks of every kind: a space", "one\r\ntwo\nthree\rfour\u2028five\u2029six\u000bseven\u000ceight", "one two three four five six seven eight"],
    ["a tab: a space", "a\tb", "a b"],
    ["RLO, PDF", "Ann \u202eevil\u202c Lee", "Ann ⟨U+202E⟩evil⟨U+202C⟩ Lee"],
    ["every embedding and override", "\u202a\u202b\u202d", "⟨U+202A⟩⟨U+202B⟩⟨U+202D⟩"],
    ["isolates", "\u2066a\u2067b\u2068c\u2069", "⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩"],
    ["LRM, RLM, ALM", "a\u200eb\u200fc\u061cd", "a⟨U+200E⟩b⟨U+200F⟩c⟨U+061C⟩d"],
    ["zero-width space, word joiner, invisible operators", "a\u200bb\u2060c\u2061d\u2064e", "a⟨U+200B⟩b⟨U+2060⟩c⟨U+2061⟩d⟨U+2064⟩e"],
    ["BOM, also at the start", "\ufeffAnn\ufeff", "⟨U+FEFF⟩Ann⟨U+FEFF⟩"],
    ["Mongolian vowel separator, soft hyphen", "a\u180eb\u00adc", "a⟨U+180E⟩b⟨U+00AD⟩c"],
    ["Hangul fillers (a blank that looks like a name)", "\u3164\u115f", "⟨U+3164⟩⟨U+115F⟩"],
    ["interlinear annotation marks", "a\ufff9b\ufffac\ufffb", "a⟨U+FFF9⟩b⟨U+FFFA⟩c⟨U+FFFB⟩"],
    ["a lone surrogate", "a\ud800b\udc00", "a\ufffdb\ufffd"],
    ["ZWNJ between Persian letters is kept", "می\u200cخواهم", "می\u200cخواهم"],
    ["ZWJ in an emoji sequence is kept", "👩\u200d💻 Dev", "👩\u200d💻 Dev"],
    ["ZWJ after a skin tone and a variation selector is kept", "👩🏽\u200d💻 🏳\ufe0f\u200d🌈", "👩🏽\u200d💻 🏳\ufe0f\u200d🌈"],
    ["ZWJ in a Devanagari half form (after a virama) is kept", "क्\u200dष", "क्\u200dष"],
    ["ZWNJ and ZWJ elsewhere are shown", "\u200cAnn\u200d \u200dLee 1\u200d2", "⟨U+200C⟩Ann⟨U+200D⟩ ⟨U+200D⟩Lee 1⟨U+200D⟩2"],
    ["two ZWJs in a row are shown", "a\u200d\u200db", "a⟨U+200D⟩⟨U+200D⟩b"],
    ["a variation selector after an emoji or a digit is kept", "❤\ufe0f 1\ufe0f\u20e3", "❤\ufe0f 1\ufe0f\u20e3"],
    ["an ideographic variation selector after a Han character is kept", "葛\u{e0100}", "葛\u{e0100}"],
    ["a variation selector alone, after a space or after another is shown", "\ufe0fa \ufe0fb\ufe0f\ufe0e", "⟨U+FE0F⟩a ⟨U+FE0F⟩b\ufe0f⟨U+FE0E⟩"],
    ["the tag characters of a flag are kept", "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}", "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}"],
    ["tag characters anywhere else are shown", "a\u{e0041}\u{e007f} 🏴\u{e007f}\u{e0041}", "a⟨U+E0041⟩⟨U+E007F⟩ 🏴\u{e007f}⟨U+E0041⟩"],
    ["combining accents and wide text are kept", "José Álvarez 李小龍 e\u0301", "José Álvarez 李小龍 e\u0301"],
  ])("%s", (_what, text, shown) => {
    expect(neutralise(text)).toBe(shown);
  });

  it("treats every character of Latin text as it does among the letters of another script", () => {
    // Latin names are told apart from suspect text without the Unicode classes: here each of the
    // first 592 code points (ASCII, Latin-1, Latin Extended-A and -B), alone and after "α".
    const latin = Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code));
    expect(latin.map((c) => neutralise(`${c}x`))).toEqual(latin.map((c) => neutralise(`α${c}x`).slice(1)));
    expect(neutralise("Mar\u00edn Ã\u00adlvarez \u0085")).toBe("Marín Ã⟨U+00AD⟩lvarez ⟨U+0085⟩");
  });

  it("is idempotent: what it shows is shown as it is", () => {
    const hostile = "Zed \u001b]52;c;eA==\u0007\u009b\u202e\u200b\ufeff\r\n👩\u200d💻 می\u200cخواهم";
    expect(neutralise(neutralise(hostile))).toBe(neutralise(hostile));
  });
});

describe("neutraliseLines", () => {
  it("keeps the text's own line breaks and neutralises each line", () => {
    expect(neutraliseLines("first \u001b[31mred\r\nsecond\u202e\rthird\u2028fourth\tend")).toEqual(["first ␛[31mred", "second⟨U+202E⟩", "third", "fourth end"]);
  });
});

describe("the width of what neutralise shows", () => {
  it("is one column per character of a token, measured without string-width", async () => {
    vi.resetModules();
    const { displayWidth } = await import("../../src/render/width.js");
    // No loadWidthsFor: a token must not need string-width's tables.
    expect(displayWidth(neutralise("Zed \u001b[2J\u0007\u007f"))).toBe(10);
    expect(displayWidth(neutralise("Ann \u202eLee\u009b"))).toBe(4 + 8 + 3 + 8);
  });

  it("counts kept joiners as string-width does: an emoji sequence is two columns, a ZWNJ none", async () => {
    vi.resetModules();
    const { displayWidth, loadWidthsFor } = await import("../../src/render/width.js");
    await loadWidthsFor(["👩"]);
    expect(displayWidth(neutralise("👩\u200d💻"))).toBe(2);
    expect(displayWidth(neutralise("می\u200cخواهم"))).toBe(7);
    expect(displayWidth(neutralise("a\u200bb\u00adc"))).toBe(3 + 8 + 8);
  });

  it("lets cutToWidth fit a line with tokens into its columns", async () => {
    vi.resetModules();
    const { cutToWidth, displayWidth, loadWidthsFor } = await import("../../src/render/width.js");
    await loadWidthsFor(["\u202e"]);
    const line = neutralise("Zed \u202eReversed Person \u001b]0;title\u0007 of Acme");
    for (const max of [10, 20, 30]) expect(displayWidth(cutToWidth(line, max))).toBeLessThanOrEqual(max);
    expect(displayWidth(line)).toBe([...line].length);
  });
});
