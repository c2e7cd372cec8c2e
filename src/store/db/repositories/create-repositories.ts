import type { Kysely } from "kysely";
import type { Database, DialectName } from "../database";
import { auditRepository } from "./audit-repository";
import { contactErasureRepository } from "./contact-erasure-repository";
import { contactRepository } from "./contact-repository";
import { counterRepository } from "./counter-repository";
import { draftRepository } from "./draft-repository";
import { exclusionRepository } from "./exclusion-repository";
import { idempotencyRepository } from "./idempotency-repository";
import { interactionRepository } from "./interaction-repository";
import { referenceDataRepository } from "./reference-data-repository";
import { salesLinkRepository } from "./sales-link-repository";
import { segmentRepository } from "./segment-repository";
import { statisticsRepository } from "./statistics-repository";
import { userSetupRepository } from "./user-setup-repository";
import { todoRepository } from "./todo-repository";

/** Every repository over one connection or transaction; services see only this. */
export function createRepositories(db: Kysely<Database>, dialect: DialectName) {
  return {
    contacts: contactRepository(db, dialect),
    contactErasure: contactErasureRepository(db),
    referenceData: referenceDataRepository(db),
    exclusions: exclusionRepository(db),
    interactions: interactionRepository(db, dialect),
    drafts: draftRepository(db, dialect),
    segments: segmentRepository(db),
    salesLinks: salesLinkRepository(db),
    idempotency: idempotencyRepository(db, dialect),
    statistics: statisticsRepository(db, dialect),
    counters: counterRepository(db, dialect),
    audit: auditRepository(db, dialect),
    userSetup: userSetupRepository(db),
    todos: todoRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
