/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SelectField } from "../../../../src/addin/taskpane/select-field";

describe("SelectField", () => {
  it("lets an option whose key is the empty string be chosen (All, None)", async () => {
    const chosen: string[] = [];
    render(
      <SelectField
        label="Template"
        options={[
          { key: "", text: "All" },
          { key: "EMAIL", text: "Emails" },
        ]}
        selectedKey="EMAIL"
        onChange={(key) => chosen.push(key)}
      />,
    );
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Template" }), "All");
    expect(chosen).toEqual([""]);
  });

  it("shows its prompt while nothing is chosen, and the prompt cannot be chosen", () => {
    render(
      <SelectField
        label="Contact"
        placeholder="Choose a contact"
        options={[{ key: "CT1", text: "Anna" }]}
        selectedKey={undefined}
        onChange={() => undefined}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Contact" });
    expect(select).toHaveDisplayValue("Choose a contact");
    expect(screen.getByRole("option", { name: "Choose a contact" })).toBeDisabled();
  });

  it("puts grouped options under their group's heading", () => {
    render(
      <SelectField
        label="Interaction template"
        options={[{ label: "Meetings", options: [{ key: "INHOUSE", text: "Meeting held at our office" }] }]}
        selectedKey="INHOUSE"
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole("group", { name: "Meetings" })).toContainElement(
      screen.getByRole("option", { name: "Meeting held at our office" }),
    );
  });
});
