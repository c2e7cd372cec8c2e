/**
 * Field lengths, sized as Business Central sizes them, shared by the schemas that validate requests and
 * the code that fills the fields. Counted in characters (code points), as JSON Schema's maxLength counts.
 * The add-in may import this file's values (it has nothing else in it); the rest of contracts, types only.
 */
export const FIELD_LIMITS = {
  /** Description, Text[100]: an entry's, a template's, a group's, a segment's, a draft's. */
  description: 100,
  /** An entry's subject as stored [Interaction Log Entry: Subject]. */
  entrySubject: 100,
  /** A contact's Name, Text[100]. */
  name: 100,
  /** A contact's Job Title and Phone No. */
  jobTitle: 100,
  phone: 100,
  /** What Outlook gives and a log carries: a subject, a source key, an item id. */
  sourceText: 1000,
  /** A search query. */
  query: 100,
  /** A user's id in User Setup (Business Central's User ID, Code[50]): the dev user's email or Entra's oid. */
  userId: 50,
  /** A comment line's Comment, Text[80] [Inter. Log Entry Comment Line]. */
  comment: 80,
  /** An id in a request's path. */
  id: 100,
} as const;
