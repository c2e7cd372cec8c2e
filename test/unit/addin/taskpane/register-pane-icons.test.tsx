/** @jest-environment jsdom */
import { getIcon } from "@fluentui/react/lib/Styling";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { render } from "@testing-library/react";
import { registerPaneIcons } from "../../../../src/addin/taskpane/register-pane-icons";

describe("the pane's icons", () => {
  it("registers the checkbox tick and the dropdown chevron inline, so they show without the icon font", () => {
    registerPaneIcons();
    expect(getIcon("CheckMark")?.code).toBeTruthy();
    expect(getIcon("ChevronDown")?.code).toBeTruthy();
    const { container } = render(<Checkbox label="Log to Lisa Chen" defaultChecked />);
    expect(container.querySelector("svg path")).not.toBeNull();
  });
});
