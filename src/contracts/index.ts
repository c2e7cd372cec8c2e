export * from "./error-codes";
export * from "./common";
export * from "./contacts";
export * from "./reference-data";
export * from "./interactions";
export * from "./store-requests";
export * from "./import-export";
export * from "./audit";
