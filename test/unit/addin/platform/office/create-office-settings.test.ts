import { createOfficeSettings } from "../../../../../src/addin/platform/office/create-office-settings";
import { createFakeOffice } from "./fake-office";

describe("settings over roaming settings", () => {
  test("nothing saved reads as empty settings", () => {
    expect(createOfficeSettings(createFakeOffice().office).read()).toEqual({});
  });

  test("saving merges the change, keeps the other kind's template and persists once", async () => {
    const fake = createFakeOffice({
      roaming: { touchpoint: { language: "ru-RU", lastTemplate: { meeting: "MEETINV" } } },
    });
    const settings = createOfficeSettings(fake.office);
    expect(await settings.save({ lastTemplate: { email: "EMAIL-OUT" } })).toEqual({
      ok: true,
      value: undefined,
    });
    const expected = { language: "ru-RU", lastTemplate: { email: "EMAIL-OUT", meeting: "MEETINV" } };
    expect(settings.read()).toEqual(expected);
    expect(fake.saved).toEqual([{ touchpoint: expected }]);
  });

  test("a field saved as undefined is cleared", async () => {
    const fake = createFakeOffice({ roaming: { touchpoint: { storeUrl: "https://crm.example" } } });
    const settings = createOfficeSettings(fake.office);
    await settings.save({ storeUrl: undefined });
    expect(settings.read()).toEqual({});
  });

  test("a failed saveAsync is a coded failure and read() keeps the saved value", async () => {
    const fake = createFakeOffice({ roaming: { touchpoint: { language: "en-US" } }, fail: ["saveSettings"] });
    const settings = createOfficeSettings(fake.office);
    const result = await settings.save({ language: "ru-RU" });
    expect(result).toEqual({
      ok: false,
      error: { code: "ADDIN_SETTINGS_SAVE_FAILED", message: expect.stringContaining("broke") },
    });
    expect(settings.read()).toEqual({ language: "en-US" });
  });

  test("a throwing saveAsync on a first save leaves nothing behind", async () => {
    const fake = createFakeOffice({ throws: ["saveSettings"] });
    const settings = createOfficeSettings(fake.office);
    const result = await settings.save({ language: "ru-RU" });
    expect(!result.ok && result.error.code).toBe("ADDIN_SETTINGS_SAVE_FAILED");
    expect(fake.roaming).toEqual({});
  });

  test("badly typed stored fields are ignored rather than trusted", () => {
    const fake = createFakeOffice({
      roaming: {
        touchpoint: { storeUrl: 42, language: "", lastTemplate: { email: ["x"], meeting: "MEETINV" } },
      },
    });
    expect(createOfficeSettings(fake.office).read()).toEqual({ lastTemplate: { meeting: "MEETINV" } });
  });

  test("outside Outlook saving fails with a code", async () => {
    const result = await createOfficeSettings(undefined).save({ language: "ru-RU" });
    expect(!result.ok && result.error.code).toBe("ADDIN_SETTINGS_SAVE_FAILED");
  });
});
