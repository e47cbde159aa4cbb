/**
 * @module The reference time ("now") of formats used without one: the engine's default `--ref-date`,
 * 2026-01-01T00:00:00Z. Written out here rather than imported from engine/plan.ts, which would pull the
 * contract layer into every format; a test pins the two together.
 */
import { daysFromCivil } from '../../../model/calendar.js';
import type { ReferenceTime } from '../valueDomain.js';

const DAYS = daysFromCivil(2026, 1, 1);

/** @example DEFAULT_REF_TIME // { days: 20454, seconds: 1767225600 } */
export const DEFAULT_REF_TIME: ReferenceTime = { days: DAYS, seconds: DAYS * 86400 };
