import type { FailureCode } from "../../contracts";

/**
 * What each coded failure means to the user, in English: what happened, then what to do. One line per
 * code; a code without its line here (or in Russian) does not type-check. The action it failed ("Not
 * logged.", "Not added.") is said by the caller, so each sentence fits after any of them.
 */
export const failureSentencesEnUS: Record<`error.${FailureCode}`, string> = {
  "error.ADDIN_OFFLINE":
    "Touchpoint cannot reach the network. Check the connection; it tries again by itself.",
  "error.ADDIN_TIMEOUT": "The store did not answer in time. Try again in a moment.",
  "error.ADDIN_HTTP_ERROR":
    "The store gave an answer Touchpoint does not understand. Try again later, or tell your administrator.",
  "error.ADDIN_UNAUTHENTICATED": "Your sign-in has expired. Sign in again to continue.",
  "error.ADDIN_SIGN_IN_REQUIRED": "You need to sign in to Touchpoint. Open Touchpoint and sign in.",
  "error.ADDIN_AUTH_FAILED": "Sign-in did not succeed. Try again, or ask your administrator for access.",
  "error.ADDIN_AUTH_UNAVAILABLE":
    "The sign-in service cannot be reached. Check the connection and try again.",
  "error.ADDIN_NO_ITEM": "No email or meeting is open. Open one to log it.",
  "error.ADDIN_OFFICE_ASYNC_FAILED": "Outlook did not answer Touchpoint. Reopen the item and try again.",
  "error.ADDIN_UNSUPPORTED_HOST":
    "This Outlook cannot run this part of Touchpoint. Use a current Outlook or Outlook on the web.",
  "error.ADDIN_REQUIREMENT_MISSING":
    "This Outlook lacks a feature Touchpoint needs here. Update Outlook or use Outlook on the web.",
  "error.ADDIN_SETTINGS_SAVE_FAILED": "Outlook could not save your settings. Try again.",
  "error.ADDIN_OUTBOX_UNAVAILABLE":
    "This computer cannot keep unsent logs right now, so nothing was saved. Try again, or reopen Outlook.",
  "error.ADDIN_OUTBOX_FULL":
    "The storage for unsent logs is full. Open Touchpoint while online so the waiting logs are sent.",
  "error.ADDIN_NO_SOURCE_KEY": "Outlook gives this item no identity yet. Save the draft or reopen the item.",
  "error.ADDIN_DRAFT_MARK_UNSUPPORTED":
    "This Outlook cannot mark a message while you write it. Send it, then log it from Sent Items.",
  "error.ADDIN_DRAFT_MARK_FAILED":
    "Outlook did not let Touchpoint mark this message. Try again, or log it from Sent Items once sent.",
  "error.ADDIN_NO_CONTACTS": "No contact is chosen. Tick at least one contact, or create one.",
  "error.ADDIN_INVALID_EMAIL": "This is not an email address. Write it as name@example.com.",
  "error.ADDIN_INVALID_NEVER_LOG_VALUE":
    "Enter an email address (name@example.com) or a domain (example.com).",
  "error.ADDIN_INVALID_NUMBER": "Enter a number of zero or more, such as 12.5.",
  "error.ADDIN_INVALID_DATE": "Enter the date and time it happened.",
  "error.ADDIN_TEMPLATE_REQUIRED": "Choose what it was: a call, a letter, a visit or another template.",
  "error.ADDIN_NAME_REQUIRED": "A contact needs a name. Enter one.",
  "error.ADDIN_SKIP_AUTO_LOG_OFF":
    "Automatic logging is off. Turn it on in Settings, or log from Touchpoint.",
  "error.ADDIN_SKIP_PRIVATE": "The item is marked private, so it was not logged automatically.",
  "error.ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT":
    "Nobody outside your organisation is on it, so it was not logged automatically.",
  "error.ADDIN_SKIP_NO_SOURCE_KEY": "Outlook gave the item no identity. Log it from Touchpoint.",
  "error.ADDIN_SKIP_AUTO_LOG_POLICY_OFF":
    "Your organisation turned automatic logging off. Log from Touchpoint.",
  "error.ADDIN_SKIP_INTERNAL_ONLY":
    "It went only to people in your organisation, so it was not logged automatically.",
  "error.ADDIN_SKIP_NO_KNOWN_CONTACT":
    "None of its recipients is a contact, so it was not logged automatically.",
  "error.ADDIN_SKIP_REPLY_IN_LOGGED_THREAD":
    "It is a reply in a conversation already logged, so it was not logged again. Turn on logging replies in Settings to log them.",
  "error.ADDIN_ON_SEND_TIMEOUT": "Sending took too long to log it automatically. Log it from Touchpoint.",
  "error.ADDIN_ON_SEND_FAILED": "It could not be logged while sending. Log it from Touchpoint.",
  "error.ADDIN_UNEXPECTED":
    "Something unexpected went wrong. Try again; if it keeps happening, reopen Outlook.",

  "error.STORE_VALIDATION": "The store found part of it not valid. Check what you entered and try again.",
  "error.STORE_BODY_TOO_LARGE":
    "It is too large for the store. Log fewer people at once or shorten the text.",
  "error.STORE_UNSUPPORTED_MEDIA_TYPE":
    "The store could not read the request. Update Touchpoint and try again.",
  "error.STORE_IDEMPOTENCY_KEY_REQUIRED":
    "The store could not tell this request from others. Update Touchpoint and try again.",
  "error.STORE_IDEMPOTENCY_MISMATCH":
    "The store already took another version of this log. Use Fix to send yours as a new log.",
  "error.STORE_IDEMPOTENCY_IN_PROGRESS":
    "The store is still working on this. Wait a moment; it finishes by itself.",
  "error.STORE_UNAUTHENTICATED": "The store needs you to sign in. Sign in and try again.",
  "error.STORE_TOKEN_EXPIRED": "Your sign-in has expired. Sign in again to continue.",
  "error.STORE_FORBIDDEN": "You are not allowed to do this. Ask your administrator if you need to.",
  "error.STORE_NOT_FOUND": "It is no longer in the store. Reopen the item to see what is there now.",
  "error.STORE_CONTACT_NOT_FOUND":
    "A chosen contact no longer exists. Use Fix to remove it or choose another.",
  "error.STORE_CONTACT_EXISTS": "A contact with this number exists already. Use that contact instead.",
  "error.STORE_UNKNOWN_TEMPLATE": "The interaction template no longer exists. Use Fix to choose another one.",
  "error.STORE_TEMPLATE_BLOCKED": "The interaction template is blocked. Use Fix to choose another one.",
  "error.STORE_UNKNOWN_OPPORTUNITY":
    "The opportunity does not exist. Log again with another opportunity or none.",
  "error.STORE_UNKNOWN_CAMPAIGN": "The campaign does not exist. Log again with another campaign or none.",
  "error.STORE_OPPORTUNITY_NOT_OF_CONTACTS":
    "The opportunity belongs to none of these contacts or their companies. Log again with another one.",
  "error.STORE_UNKNOWN_GROUP": "The interaction group does not exist. Ask your administrator to check it.",
  "error.STORE_NO_TEMPLATE_FOR_EVENT":
    "No template is set up for this kind of item. Choose one, or ask your administrator to set it up.",
  "error.STORE_NO_CONTACTS":
    "Nobody on it is a contact yet. Open Touchpoint to choose or create the contacts.",
  "error.STORE_MANUAL_CONTACTS_ONLY":
    "A call, letter or visit is logged for chosen contacts only. Choose the contact from its card.",
  "error.STORE_USER_SETUP_DUPLICATE": "A user is listed twice in the user setup. Keep one line per user.",
  "error.STORE_ENTRY_NOT_CANCELED": "Only canceled entries can be deleted. Cancel it first.",
  "error.STORE_ALREADY_CANCELED": "It was canceled already. Nothing more to do.",
  "error.STORE_NOT_CANCELED": "This entry is not canceled, so there is nothing to restore.",
  "error.STORE_LOGGED_ITEM_CANCELED":
    "The whole logged item was canceled, so this entry cannot be restored on its own.",
  "error.STORE_LOGGED_AGAIN":
    "This item was logged to the contact again after the entry was canceled; the newer entry stands.",
  "error.STORE_INVALID_CURSOR": "The list changed while it was read. Open it again.",
  "error.STORE_IMPORT_INVALID": "The file cannot be imported. Check its format and columns, then try again.",
  "error.STORE_PRECONDITION_FAILED": "Someone changed it meanwhile. Open it again and redo your change.",
  "error.STORE_RATE_LIMITED": "The store is busy. Touchpoint tries again by itself in a moment.",
  "error.STORE_UNAVAILABLE": "The store is unavailable right now. Touchpoint tries again by itself.",
  "error.STORE_BAD_REQUEST":
    "The store could not read the request. Try again; if it keeps happening, tell your administrator.",
  "error.STORE_URI_TOO_LONG":
    "The request was too long for the store. Shorten what you entered and try again.",
  "error.STORE_HEADERS_TOO_LARGE": "The request was too large for the store. Sign in again and retry.",
  "error.STORE_REQUEST_TIMEOUT":
    "The request took too long to reach the store. Touchpoint tries again by itself.",
  "error.STORE_ADMIN_ONLY": "Only an administrator can make this change. Ask your administrator.",
  "error.STORE_MANAGER_ONLY": "Only a manager or an administrator can see this. Ask your manager.",
  "error.STORE_NOT_ENTRY_OWNER":
    "This is a colleague’s entry: only its author, a manager or an administrator can change it.",
  "error.STORE_HOST_NOT_ALLOWED":
    "This store answers only on its own address. Open Touchpoint from localhost or 127.0.0.1.",
  "error.STORE_ORIGIN_NOT_ALLOWED":
    "The store accepts changes only from its own pages. Open Touchpoint from the store’s address.",
  "error.STORE_CONTACT_EMAIL_EXISTS":
    "A contact with this email address exists already. Choose that contact instead of creating another.",
  "error.STORE_CONTACT_PRIVACY_BLOCKED":
    "A chosen contact is privacy-blocked and is never logged. Use Fix to remove it.",
  "error.STORE_CONTACT_NEVER_LOG":
    "A chosen contact has an address on the never-log list. Use Fix to remove it.",
  "error.STORE_CONTACT_HAS_DRAFTS":
    "This contact still has drafts. Resume or delete them first, then try again.",
  "error.STORE_SOURCE_KEY_RESERVED":
    "This item cannot be logged this way. Log the document from its own application.",
  "error.STORE_NOT_A_DRAFT": "It is no longer a draft: part of it was logged. Open it again to see it.",
  "error.STORE_SEGMENT_EXISTS": "A segment with this number exists already. Choose another number.",
  "error.STORE_ENTRY_HAS_TODO": "This entry has a follow-up already. Complete it, or add a comment instead.",
  "error.STORE_TODO_CLOSED": "This follow-up is completed already.",
  "error.STORE_TODO_TARGET":
    "The follow-up is not linked to an interaction. Log the item first, then add the follow-up.",
  "error.STORE_OVERLOADED": "The store is very busy right now. Touchpoint tries again by itself in a moment.",
  "error.STORE_INTERNAL": "Something went wrong in the store. Try again later, or tell your administrator.",
};
