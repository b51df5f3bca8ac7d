/** Outlook's limit for body.setAsync / prependAsync, in UTF-16 code units (the strict reading). */
export const MAX_BODY_CHARS = 1_000_000;
