import { Type, type Static } from "@sinclair/typebox";

/** A contact number as Business Central writes it (CT000123). */
export const ContactNo = Type.String({ minLength: 1, maxLength: 20, pattern: "^[A-Za-z0-9_.\\-]+$" });
/** A template, group or salesperson code: upper-case Business Central code. */
export const Code = Type.String({ minLength: 1, maxLength: 20, pattern: "^[A-Z0-9_.\\-]+$" });
/** An email address as written by a client; normalised by the store. */
export const EmailAddress = Type.String({ minLength: 3, maxLength: 320 });
export const IsoDateTime = Type.String({ format: "date-time" });

export const InformationFlow = Type.Union([
  Type.Literal("outbound"),
  Type.Literal("inbound"),
  Type.Literal("none"),
]);
export type InformationFlow = Static<typeof InformationFlow>;

export const InitiatedBy = Type.Union([Type.Literal("us"), Type.Literal("them"), Type.Literal("none")]);
export type InitiatedBy = Static<typeof InitiatedBy>;

export const CorrespondenceType = Type.Union([
  Type.Literal("none"),
  Type.Literal("hard_copy"),
  Type.Literal("email"),
]);
export type CorrespondenceType = Static<typeof CorrespondenceType>;

export const Evaluation = Type.Union([
  Type.Literal("none"),
  Type.Literal("very_positive"),
  Type.Literal("positive"),
  Type.Literal("neutral"),
  Type.Literal("negative"),
  Type.Literal("very_negative"),
]);
export type Evaluation = Static<typeof Evaluation>;
