import { Dropdown, DropdownMenuItemType, type IDropdownOption } from "../fluent";
import type { InteractionGroup, InteractionTemplate } from "../../../contracts";

export interface TemplatePickerProps {
  label: string;
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  selected: string | undefined;
  onChange(code: string): void;
}

/** Templates grouped under their interaction group's description (header rows are not selectable). */
export function TemplatePicker({ label, templates, groups, selected, onChange }: TemplatePickerProps) {
  const options: IDropdownOption[] = [];
  const groupCodes = [...new Set([...groups.map((g) => g.code), ...templates.map((t) => t.groupCode)])];
  for (const code of groupCodes) {
    const members = templates.filter((template) => template.groupCode === code);
    if (members.length === 0) continue;
    const group = groups.find((g) => g.code === code);
    options.push({
      key: `group:${code}`,
      text: group?.description ?? code,
      itemType: DropdownMenuItemType.Header,
    });
    for (const template of members) options.push({ key: template.code, text: template.description });
  }
  return (
    <Dropdown
      label={label}
      options={options}
      selectedKey={selected ?? null}
      onChange={(_event, option) => option && onChange(String(option.key))}
    />
  );
}
