// The taskpane's whole Fluent UI surface, and the only module of the pane that imports Fluent.
//
// Why one module, with local bindings rather than `export … from`: the first load is one chunk that
// webpack scope-hoists into a single function when no other chunk reaches into its modules. A lazy view
// importing `@fluentui/react/lib/…` itself (even through an `export … from` barrel, which webpack sees
// through) makes every Fluent module it touches a separately wrapped module of the first load — about
// 6 KB gzip more for the same code. Through these bindings, the lazy views reach this module only.
import {
  ActionButton as FluentActionButton,
  DefaultButton as FluentDefaultButton,
  PrimaryButton as FluentPrimaryButton,
} from "@fluentui/react/lib/Button";
import { Checkbox as FluentCheckbox } from "@fluentui/react/lib/Checkbox";
import { Label as FluentLabel } from "@fluentui/react/lib/Label";
import { Pivot as FluentPivot, PivotItem as FluentPivotItem } from "@fluentui/react/lib/Pivot";
import {
  Shimmer as FluentShimmer,
  ShimmerElementType as FluentShimmerElementType,
} from "@fluentui/react/lib/Shimmer";
import {
  createTheme as fluentCreateTheme,
  mergeStyles as fluentMergeStyles,
  registerIcons as fluentRegisterIcons,
} from "@fluentui/react/lib/Styling";
import { Text as FluentText } from "@fluentui/react/lib/Text";
import { TextField as FluentTextField } from "@fluentui/react/lib/TextField";
import { ThemeProvider as FluentThemeProvider, useTheme as fluentUseTheme } from "@fluentui/react/lib/Theme";

export type { IRawStyle, ITheme } from "@fluentui/react/lib/Styling";

export const ActionButton = FluentActionButton;
export const DefaultButton = FluentDefaultButton;
export const PrimaryButton = FluentPrimaryButton;
export const Checkbox = FluentCheckbox;
export const Label = FluentLabel;
export const Pivot = FluentPivot;
export const PivotItem = FluentPivotItem;
export const Shimmer = FluentShimmer;
export const ShimmerElementType = FluentShimmerElementType;
export const Text = FluentText;
export const TextField = FluentTextField;
export const ThemeProvider = FluentThemeProvider;
export const useTheme = fluentUseTheme;
export const createTheme = fluentCreateTheme;
export const registerIcons = fluentRegisterIcons;
export const mergeStyles = fluentMergeStyles;
