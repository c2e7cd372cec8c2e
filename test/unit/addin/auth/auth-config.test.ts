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

  test("the redirect bridge sits beside the running page unless the build names one", () => {
    process.env.TOUCHPOINT_CLIENT_ID = "client";
    process.env.TOUCHPOINT_API_SCOPE = "api://touchpoint.example.com/client/Interactions.ReadWrite";
    delete process.env.TOUCHPOINT_AUTH_REDIRECT_URL;
    const beside = readAuthConfig("https://touchpoint.example.com/addin/taskpane.html?x=1");
    expect(beside.ok && beside.value.redirectUri).toBe(
      "https://touchpoint.example.com/addin/auth-redirect.html",
    );
    process.env.TOUCHPOINT_AUTH_REDIRECT_URL = "https://login-bridge.example.com/auth-redirect.html";
    const named = readAuthConfig("https://touchpoint.example.com/addin/taskpane.html");
    expect(named.ok && named.value.redirectUri).toBe("https://login-bridge.example.com/auth-redirect.html");
  });

  test("a page without an address of its own (an about:srcdoc frame) gets no bridge, and no error", () => {
    process.env.TOUCHPOINT_CLIENT_ID = "client";
    process.env.TOUCHPOINT_API_SCOPE = "api://touchpoint.example.com/client/Interactions.ReadWrite";
    delete process.env.TOUCHPOINT_AUTH_REDIRECT_URL;
    const config = readAuthConfig("about:srcdoc");
    expect(config.ok && config.value.redirectUri).toBeUndefined();
  });

  test("a build without an app registration reads no page address at all", () => {
    delete process.env.TOUCHPOINT_CLIENT_ID;
    expect(readAuthConfig("not a url")).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "ADDIN_AUTH_UNAVAILABLE" }),
    });
  });
});
