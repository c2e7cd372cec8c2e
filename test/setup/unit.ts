import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// The unit project shares two cores with the store and browser suites, so a render that takes 300 ms
// alone can take well over a second. `findBy…` waits for what the user would see; it must not give up
// on a loaded machine after the library's default second.
configure({ asyncUtilTimeout: 5000 });

// A taskpane test clicks through several views; on a loaded two-core machine that outlasts jest's 5 s.
// (`testTimeout` is a global option that a project's config cannot set, so it is set here.)
jest.setTimeout(20_000);
