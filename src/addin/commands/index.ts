// Entry of the ribbon commands bundle: registers the one-click "Log" command with the host.
export {};
