import { createContext, useContext } from "react";
import type { Translator } from "../i18n/translator-for";
import type { AddinDeps } from "../use-cases/addin-deps";

/** What every view of the pane reaches: the ports, the language, and the live region. */
export interface TaskpaneServices {
  deps: AddinDeps;
  translator: Translator;
  /** Says a result out loud to screen readers (and shows it in the status line). */
  announce(message: string): void;
  /** Switches the UI language at once (Settings). */
  setLanguage(language: string | undefined): void;
  /** Something that decides how the open item reads changed (never-log list, contacts): read it again. */
  itemChanged(): void;
}

export const TaskpaneContext = createContext<TaskpaneServices | undefined>(undefined);

/** The pane's services; only inside <App>. */
export function useTaskpane(): TaskpaneServices {
  const services = useContext(TaskpaneContext);
  if (!services) throw new Error("useTaskpane outside <App>");
  return services;
}
