import { readAuthConfig } from "../../../../src/addin/platform/auth/auth-config";

describe("auth configuration from the build", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("a build without an app registration cannot sign in with Entra ID, and says why", () => {
    delete process.env.TOUCHPOINT_CLIENT_ID;
    delete process.env.TOUCHPOINT_API_SCOPE;
    expect(readAuthConfig()).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "ADDIN_AUTH_UNAVAILABLE" }),
    });
  });

  test("client id and scope come from the build; the authority defaults to the multi-tenant endpoint", () => {
    process.env.TOUCHPOINT_CLIENT_ID = "client";
    process.env.TOUCHPOINT_API_SCOPE = "api://touchpoint.example.com/client/Interactions.ReadWrite";
    delete process.env.TOUCHPOINT_AUTHORITY;
    expect(readAuthConfig()).toEqual({
      ok: true,
      value: {
        clientId: "client",
        apiScope: "api://touchpoint.example.com/client/Interactions.ReadWrite",
        authority: "https://login.microsoftonline.com/common",
      },
    });
  });
});
