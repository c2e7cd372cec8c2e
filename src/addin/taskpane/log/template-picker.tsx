import type { InteractionGroup, InteractionTemplate } from "../../../contracts";
import { SelectField, type SelectGroup } from "../select-field";

export interface TemplatePickerProps {
  label: string;
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  selected: string | undefined;
  /** Shown while no template is chosen. */
  placeholder?: string;
  onChange(code: string): void;
}

/** Templates grouped under their interaction group's description (the headings are not selectable). */
export function TemplatePicker(props: TemplatePickerProps) {
  const { label, templates, groups, selected, placeholder, onChange } = props;
  const options: SelectGroup[] = [];
  const groupCodes = [...new Set([...groups.map((g) => g.code), ...templates.map((t) => t.groupCode)])];
  for (const code of groupCodes) {
    const members = templates.filter((template) => template.groupCode === code);
    if (members.length === 0) continue;
    const group = groups.find((g) => g.code === code);
    options.push({
      label: group?.description ?? code,
      options: members.map((template) => ({ key: template.code, text: template.description })),
    });
  }
  return (
    <SelectField
      label={label}
      options={options}
      selectedKey={selected}
      {...(placeholder === undefined ? {} : { placeholder })}
      onChange={onChange}
    />
  );
}
