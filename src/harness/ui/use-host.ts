import { useEffect, useState } from "react";
import type { HarnessHost } from "../host/harness-host";

/** Re-renders the calling component whenever the harness host changes; returns a change counter. */
export function useHost(host: HarnessHost): number {
  const [version, setVersion] = useState(0);
  useEffect(() => host.subscribe(() => setVersion((current) => current + 1)), [host]);
  return version;
}
