import { useId, useMemo } from "react";
import { Label, mergeStyles, useTheme, type IRawStyle, type ITheme } from "./fluent";

export interface SelectOption {
  key: string;
  text: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

export interface SelectFieldProps {
  /** A visible label; without one, give `ariaLabel`. */
  label?: string;
  ariaLabel?: string;
  /** Flat options, or options under group headings (shown, not selectable). */
  options: SelectOption[] | SelectGroup[];
  selectedKey: string | undefined;
  /** Shown while nothing is chosen; it cannot be chosen back. */
  placeholder?: string;
  disabled?: boolean;
  minWidth?: number;
  /** Takes the free width of a row it shares. */
  grow?: boolean;
  onChange(key: string): void;
}

/**
 * A choice from a list, as the browser's own `<select>` drawn with the theme's tokens: Fluent's Dropdown
 * (with its callout, panel and positioning) weighs about a fifth of the first bundle, and on a phone the
 * system's own picker is the better one. Its role is `combobox`, its label is a real `<label>`.
 */
export function SelectField(props: SelectFieldProps) {
  const { label, ariaLabel, options, selectedKey, placeholder, disabled = false, onChange } = props;
  const id = useId();
  const theme = useTheme();
  const className = useMemo(() => selectClass(theme), [theme]);
  const grouped = options.length > 0 && "options" in (options[0] as SelectOption | SelectGroup);
  const item = (o: SelectOption) => (
    <option key={o.key} value={o.key}>
      {o.text}
    </option>
  );
  return (
    <div
      style={{
        ...(props.minWidth === undefined ? {} : { minWidth: props.minWidth }),
        ...(props.grow ? { flex: "1 1 0", minWidth: 0 } : {}),
      }}
    >
      {label !== undefined && (
        <Label htmlFor={id} disabled={disabled}>
          {label}
        </Label>
      )}
      <select
        id={id}
        className={className}
        // The system's own list follows the pane's theme.
        style={{ colorScheme: theme.isInverted ? "dark" : "light" }}
        aria-label={label === undefined ? ariaLabel : undefined}
        value={selectedKey ?? ""}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {selectedKey === undefined && (
          <option value="" disabled>
            {placeholder ?? ""}
          </option>
        )}
        {grouped
          ? (options as SelectGroup[]).map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map(item)}
              </optgroup>
            ))
          : (options as SelectOption[]).map(item)}
      </select>
    </div>
  );
}

function selectClass(theme: ITheme): string {
  const colors = theme.semanticColors;
  const style: IRawStyle = {
    display: "block",
    width: "100%",
    height: 32,
    boxSizing: "border-box",
    padding: "0 8px",
    font: "inherit",
    fontSize: theme.fonts.medium.fontSize ?? 14,
    color: colors.inputText,
    background: colors.inputBackground,
    border: `1px solid ${colors.inputBorder}`,
    borderRadius: theme.effects.roundedCorner2,
    cursor: "pointer",
    selectors: {
      ":hover": { borderColor: colors.inputBorderHovered },
      ":focus": {
        outline: "none",
        borderColor: colors.inputFocusBorderAlt,
        boxShadow: `inset 0 0 0 1px ${colors.inputFocusBorderAlt}`,
      },
      ":disabled": {
        cursor: "default",
        color: colors.disabledText,
        background: colors.disabledBackground,
        borderColor: colors.disabledBackground,
      },
      "@media (forced-colors: active)": { borderColor: "FieldText" },
    },
  };
  return mergeStyles("tp-Select", style);
}
