// A store test seeds a demo tenant (331 contacts, Business Central's reference data) and talks to real
// SQLite and PostgreSQL on a two-core machine that also runs the unit and browser suites: jest's 5 s per
// test is too little there. (`testTimeout` is a global option a project cannot set, so it is set here.)
jest.setTimeout(30_000);
