/** Whether the network is believed up, and a callback when that changes. */
export interface OnlinePort {
  isOnline(): boolean;
  /** Calls back with the new state; returns an unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}
