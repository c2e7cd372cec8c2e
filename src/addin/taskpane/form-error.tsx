import { useTheme } from "./fluent";

/** Why an action of a form did not happen, said under the action and to screen readers at once. */
export function FormError({ message }: { message: string | undefined }) {
  const { semanticColors } = useTheme();
  if (message === undefined) return null;
  return (
    <p role="alert" style={{ margin: 0, color: semanticColors.errorText }}>
      {message}
    </p>
  );
}
