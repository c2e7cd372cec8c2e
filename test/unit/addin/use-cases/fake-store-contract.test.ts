import { storeClientContract } from "../../../contract/store-client-contract";
import { createFakeStore } from "./fakes/fake-store";

storeClientContract("the in-memory fake store", async () => createFakeStore().store);
