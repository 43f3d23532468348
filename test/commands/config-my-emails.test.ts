import { describe, expect, it } from "vitest";
import { configGet, configList, configSet } from "../../src/commands/settings.js";
import { renderSettings, settingJson, settingsJson } from "../../src/render/settings.js";
import { allSettings } from "../../src/store/settings.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

describe("netlog config set my-emails", () => {
  it("stores your addresses, lowercased and each once, and shows them", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const set = await configSet({ key: "my-emails", value: "Me@Example.com, me@work.example,me@example.com" }, ctx);
    expect(renderSettings([set])).toBe("my-emails        me@example.com, me@work.example\n");
    expect(allSettings(ctx.db())["my-emails"]).toBe("me@example.com,me@work.example");
    expect(settingJson(await configGet({ key: "my-emails" }, ctx))).toEqual({ my_emails: ["me@example.com", "me@work.example"] });
    const list = await configList(ctx);
    expect(renderSettings(list)).toContain("\nmy-emails        me@example.com, me@work.example\n");
    expect(settingsJson(list)).toMatchObject({ reply_window_days: 7, my_emails: ["me@example.com", "me@work.example"] });
  });

  it("is none until set, and an empty list in JSON", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const list = await configList(ctx);
    expect(renderSettings(list)).toContain("\nmy-emails        none (default)\n");
    expect(settingsJson(list)).toMatchObject({ my_emails: [] });
  });

  it("refuses what is not an email address, and changes nothing", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const before = snapshot(ctx.db());
    await expect(configSet({ key: "my-emails", value: "me@example.com,not-an-address" }, ctx)).rejects.toMatchObject({
      message: "my-emails: 'me@example.com,not-an-address' is not a valid value",
      hint: "your own email addresses, separated by commas: you@example.com,you@work.example",
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("goes back to none with default", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await configSet({ key: "my-emails", value: "me@example.com" }, ctx);
    expect(renderSettings([await configSet({ key: "my-emails", value: "default" }, ctx)])).toBe("my-emails        none (default)\n");
  });
});
