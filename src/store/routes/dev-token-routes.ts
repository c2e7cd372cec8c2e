import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { DevTokenRequest, DevTokenResponse } from "../../contracts";
import { normalizeAddress } from "../../domain/normalize-address";
import { signDevToken } from "../auth/sign-dev-token";
import { StoreError } from "../errors";
import { DEMO_USERS } from "../seed/demo-anchors";

export interface DevTokenRouteOptions {
  /** The data directory holding the dev signing key. */
  dataDir: string;
}

/**
 * POST /dev/token: signs a dev token for any user. Register it only in dev auth mode, which listens on
 * loopback only, and outside the authenticated scope: it is how the harness signs in.
 */
export const devTokenRoutes: FastifyPluginAsyncTypebox<DevTokenRouteOptions> = async (app, { dataDir }) => {
  app.post(
    "/dev/token",
    {
      config: { public: true },
      schema: { tags: ["dev"], security: [], body: DevTokenRequest, response: { 200: DevTokenResponse } },
    },
    async (req) => {
      const user = normalizeAddress(req.body.user);
      if (user === undefined) {
        throw new StoreError("STORE_VALIDATION", "user must be an email address", [
          { path: "body/user", message: "is not an email address" },
        ]);
      }
      const demo: { name: string; role?: "manager" } | undefined = DEMO_USERS.find((d) => d.email === user);
      const { tenant } = req.body;
      const role = req.body.role ?? demo?.role;
      const name = req.body.name ?? demo?.name;
      const token = await signDevToken(
        { user, ...(tenant ? { tenant } : {}), ...(role ? { role } : {}), ...(name ? { name } : {}) },
        dataDir,
      );
      return { token };
    },
  );
};
