import { fail } from "../../../../src/domain/result";
import type { AddinDeps } from "../../../../src/addin/use-cases/addin-deps";
import { startItemLoad } from "../../../../src/addin/taskpane/item-head-start";

/** Just what the head start touches: an item that cannot be read, and a subscription refused with `code`. */
function refusing(code: string): AddinDeps {
  const mailbox = {
    readCurrentItem: () => Promise.resolve(fail({ code: "ADDIN_NO_ITEM", message: "No item is open." })),
    onItemChanged: () => Promise.resolve(fail({ code, message: "Refused." })),
  };
  return { mailbox } as unknown as AddinDeps;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("startItemLoad", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it("warns when Office refuses the item-change subscription for a reason other than an old Outlook", async () => {
    await startItemLoad(refusing("ADDIN_OFFICE_ASYNC_FAILED")).takeFirst();
    await settle();
    expect(warn).toHaveBeenCalledWith(
      "Touchpoint: the pane cannot follow the selected item",
      expect.objectContaining({ code: "ADDIN_OFFICE_ASYNC_FAILED" }),
    );
  });

  it("stays quiet when this Outlook cannot follow the selected item (below Mailbox 1.5)", async () => {
    await startItemLoad(refusing("ADDIN_REQUIREMENT_MISSING")).takeFirst();
    await settle();
    expect(warn).not.toHaveBeenCalled();
  });
});
