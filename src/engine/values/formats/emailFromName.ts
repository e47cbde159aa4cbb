/** @module An email address made from a row's own name values, on a reserved domain. */
import { EMAIL_DOMAINS } from './email.js';
import { nameHandle } from './nameHandle.js';
import { at } from './stringFormat.js';

/**
 * `first.last<k>@example.com|net|org`: the engine calls it with the row's first and last name so the
 * address matches the person. ASCII-folded and lowercased; `k` (0 renders as nothing) makes addresses of
 * the same name distinct, injectively; `domainIndex` (any non-negative integer) picks the reserved domain
 * (RFC 2606), so no address reaches a real mailbox.
 * @example emailFromName('Zoë', 'Núñez', 0, 1) // 'zoe.nunez@example.net'
 * @example emailFromName('Ada', "O'Keefe", 42, 2) // 'ada.okeefe42@example.org'
 */
export function emailFromName(first: string, last: string, k: number, domainIndex: number): string {
  if (!Number.isSafeInteger(domainIndex) || domainIndex < 0)
    throw new RangeError(`domainIndex must be a non-negative safe integer, got ${domainIndex}`);
  return `${nameHandle(first, last, '.', k)}@${at(EMAIL_DOMAINS, domainIndex % EMAIL_DOMAINS.length)}`;
}
