import { Type, type Static } from "@sinclair/typebox";
import { Code, IsoDateTime } from "./common";
import { FIELD_LIMITS } from "./field-limits";

/** Business Central's User ID: who signs in (the dev user's email, Entra's object id); matched without case. */
export const UserId = Type.String({ minLength: 1, maxLength: FIELD_LIMITS.userId, pattern: "^\\S+$" });

/** [User Setup]: the salesperson whose code the user's entries carry (Salespers./Purch. Code). */
export const UserSetupRow = Type.Object({
  userId: UserId,
  salespersonCode: Code,
  updatedBy: Type.Optional(Type.String()),
  updatedAt: Type.Optional(IsoDateTime),
});
export type UserSetupRow = Static<typeof UserSetupRow>;

/** Answer of GET /user-setup, and body of PUT /user-setup (the whole table, as an import replaces it). */
export const UserSetupList = Type.Object(
  {
    items: Type.Array(
      Type.Object({ userId: UserId, salespersonCode: Code }, { additionalProperties: false }),
      { maxItems: 10_000 },
    ),
  },
  { additionalProperties: false },
);
export type UserSetupList = Static<typeof UserSetupList>;

/** Answer of GET /user-setup: every mapped user, by user id. */
export const UserSetupTable = Type.Object({ items: Type.Array(UserSetupRow) });
export type UserSetupTable = Static<typeof UserSetupTable>;

/** Path of /user-setup/{userId}. */
export const UserSetupParams = Type.Object({ userId: UserId });
export type UserSetupParams = Static<typeof UserSetupParams>;

/** Body of PUT /user-setup/{userId}. */
export const PutUserSetupRequest = Type.Object({ salespersonCode: Code }, { additionalProperties: false });
export type PutUserSetupRequest = Static<typeof PutUserSetupRequest>;
