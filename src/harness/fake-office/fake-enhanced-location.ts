import type { HarnessItem } from "../harness-item";
import { succeed, type AsyncArgs } from "./async-result";
import { notSupportedAsync } from "./not-supported";

/**
 * An appointment's `enhancedLocation` (Mailbox 1.8): each room as a Room location whose id is its address,
 * the free-text location as a Custom one. The harness's locations are read-only.
 */
export function fakeEnhancedLocation(item: HarnessItem): Office.EnhancedLocation {
  return {
    getAsync(...args: AsyncArgs<Office.LocationDetails[]>) {
      const rooms = (item.rooms ?? []).map((room) => ({
        locationIdentifier: { id: room.address, type: "room" },
        displayName: room.name || room.address,
        emailAddress: room.address,
      }));
      const custom = item.location
        ? [
            {
              locationIdentifier: { id: item.location, type: "custom" },
              displayName: item.location,
              emailAddress: "",
            },
          ]
        : [];
      succeed(args, [...rooms, ...custom]);
    },
    addAsync: notSupportedAsync("item.enhancedLocation.addAsync"),
    removeAsync: notSupportedAsync("item.enhancedLocation.removeAsync"),
  } satisfies Office.EnhancedLocation;
}
