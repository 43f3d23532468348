import { describe, expect, it } from "vitest";
import { parseChannel } from "../../src/domain/channels.js";

describe("parseChannel", () => {
  it.each([
    ["phone", "phone"],
    ["call", "phone"],
    ["Coffee", "meeting"],
    ["lunch", "meeting"],
    ["in-person", "meeting"],
    ["in person", "meeting"],
    ["sms", "text"],
    ["InMail", "inmail"],
    ["e-mail", "email"],
    ["zoom", "video"],
    ["conference", "event"],
    ["other", "other"],
  ])("%j → %s", (text, channel) => {
    expect(parseChannel(text)).toBe(channel);
  });

  it.each(["", "pigeon", "phone call please", "linkedin!"])("refuses %j", (text) => {
    expect(parseChannel(text)).toBeUndefined();
  });
});
