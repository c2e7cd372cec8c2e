// The XML manifest's ribbon: the Touchpoint group with its buttons on each desktop and mobile surface.
import { addin } from "./touchpoint-addin.mjs";
import { el } from "./xml-writer.mjs";

const { commands, icons } = addin;

export const commandIcon = (size) => `Icon.${size}x${size}`;
export const mobileIcon = (size, scale) => `Icon.${size}x${size}${scale === 1 ? "" : `@${scale}x`}`;

function button(id, command, action) {
  return el(
    "Control",
    { "xsi:type": "Button", id },
    el("Label", { resid: `${command}.Label` }),
    el(
      "Supertip",
      {},
      el("Title", { resid: `${command}.Title` }),
      el("Description", { resid: `${command}.Tooltip` }),
    ),
    el(
      "Icon",
      {},
      icons.command.map((size) => el("bt:Image", { size, resid: commandIcon(size) })),
    ),
    action,
  );
}

export function desktopSurface(surface, pinnable) {
  return el(
    "ExtensionPoint",
    { "xsi:type": surface.xml },
    el(
      "OfficeTab",
      { id: "TabDefault" },
      el(
        "Group",
        { id: `${surface.id}Group` },
        el("Label", { resid: "Group.Label" }),
        button(
          `${surface.id}${commands.openPane.id}`,
          "PaneButton",
          el(
            "Action",
            { "xsi:type": "ShowTaskpane" },
            el("SourceLocation", { resid: "Taskpane.Url" }),
            pinnable && el("SupportsPinning", {}, "true"),
          ),
        ),
        button(
          `${surface.id}${commands.log.id}`,
          "LogButton",
          el("Action", { "xsi:type": "ExecuteFunction" }, el("FunctionName", {}, commands.log.functionName)),
        ),
      ),
    ),
  );
}

export function mobileSurface(surface) {
  return el(
    "ExtensionPoint",
    { "xsi:type": surface.xml },
    el(
      "Group",
      { id: `${surface.id}Group` },
      el("Label", { resid: "Group.Label" }),
      el(
        "Control",
        { "xsi:type": "MobileButton", id: `${surface.id}${commands.openPane.id}` },
        el("Label", { resid: "PaneButton.Label" }),
        el(
          "Icon",
          { "xsi:type": "bt:MobileIconList" },
          icons.mobile.flatMap((size) =>
            icons.mobileScales.map((scale) =>
              el("bt:Image", { size, scale, resid: mobileIcon(size, scale) }),
            ),
          ),
        ),
        el("Action", { "xsi:type": "ShowTaskpane" }, el("SourceLocation", { resid: "Taskpane.Url" })),
      ),
    ),
  );
}
