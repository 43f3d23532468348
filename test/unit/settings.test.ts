// Settings as the commands read them from the file: a value `config set` would refuse (written by
// hand with sqlite3, say) counts as unset, so a cadence of 0 days never reaches the engine.
import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/domain/settings.js";

describe("readSettings", () => {
  it("takes the stored values config set could have written", () => {
    expect(readSettings({ "default-cadence": "30", "reply-window": "5", "daily-limit": "0" })).toMatchObject({ defaultCadenceDays: 30, replyWindowDays: 5, dailyLimit: 0 });
  });

  it.each([
    ["default-cadence", "0", "defaultCadenceDays", 90],
    ["default-cadence", "99999", "defaultCadenceDays", 90],
    ["default-cadence", "soon", "defaultCadenceDays", 90],
  ])("reads %s = %j, which config set refuses, as unset", (key, text, field, fallback) => {
    expect(readSettings({ [key]: text })[field as "defaultCadenceDays"]).toBe(fallback);
  });
});
