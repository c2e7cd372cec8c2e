const WIDTH = 30;

/**
 * One line of a text progress bar (`[=====     ] 120/300`), redrawn in place with a carriage return; the
 * text after the bar is `done/total` unless the caller says what it counts (bytes read, rows so far).
 */
export function renderProgressBar(done: number, total: number, label: string, after?: string): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * WIDTH);
  return `\r${label} [${"=".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${after ?? `${done}/${total}`}`;
}
