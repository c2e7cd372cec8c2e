import type { Translator } from "./translator-for";

/** Minutes as hours and minutes, `1 h 30 min` (ru: `1 ч 30 мин`); whole minutes, never a bare number. */
export function formatDuration(translator: Pick<Translator, "t">, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return translator.t("duration.minutes", { minutes: rest });
  if (rest === 0) return translator.t("duration.hours", { hours });
  return translator.t("duration.hoursMinutes", { hours, minutes: rest });
}
