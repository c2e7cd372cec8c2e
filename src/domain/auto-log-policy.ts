import type { AutoLogPolicy } from "../contracts/reference-data";

/** A tenant that never chose: each user decides, and the switch starts off (what the add-in did before). */
export const DEFAULT_AUTO_LOG_POLICY: AutoLogPolicy = "suggest";

/** What the user's *Log sent mail automatically* switch shows and does under the tenant's policy. */
export interface AutoLogSwitch {
  /** Whether mail the user sends is logged automatically. */
  on: boolean;
  /** False when the tenant turned automatic logging off: the switch is shown disabled, with the reason. */
  changeable: boolean;
}

/**
 * The tenant's policy applied to the user's own choice (undefined: never chosen):
 * - `off`: never on, and not changeable;
 * - `suggest`: the user's choice, off until they turn it on;
 * - `on`: on unless the user turned it off (a user may opt out).
 */
export function autoLogSwitch(policy: AutoLogPolicy, userChoice: boolean | undefined): AutoLogSwitch {
  if (policy === "off") return { on: false, changeable: false };
  if (policy === "on") return { on: userChoice ?? true, changeable: true };
  return { on: userChoice ?? false, changeable: true };
}
