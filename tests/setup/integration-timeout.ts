// Starting a server (migrations checked, seed read) in beforeAll can exceed jest's default 5 s when the 2-core machine
// is busy; a real hang still fails, just later.
jest.setTimeout(30_000);
