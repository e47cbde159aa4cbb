/**
 * @module `string(timezone)`: an IANA time zone name (`Europe/Berlin`); localized, one of the country's own.
 * A fixed list, not `Intl.supportedValuesOf`, whose answer changes with Node's ICU and would break the
 * same-bytes-on-any-Node promise (ARCHITECTURE §2).
 */
import { countryScoped } from './countryScoped.js';
import { listFormat } from './listFormat.js';
import { withLocales } from './withLocales.js';

/** Canonical zones of the tz database, at least one per inhabited continent and major economy. */
const ZONES = [
  'UTC', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Johannesburg',
  'Africa/Lagos', 'Africa/Nairobi', 'America/Anchorage', 'America/Argentina/Buenos_Aires', 'America/Bogota',
  'America/Chicago', 'America/Denver', 'America/Halifax', 'America/Lima', 'America/Los_Angeles',
  'America/Mexico_City', 'America/New_York', 'America/Phoenix', 'America/Santiago', 'America/Sao_Paulo',
  'America/St_Johns', 'America/Toronto', 'America/Vancouver', 'Asia/Bangkok', 'Asia/Dhaka', 'Asia/Dubai',
  'Asia/Ho_Chi_Minh', 'Asia/Hong_Kong', 'Asia/Jakarta', 'Asia/Jerusalem', 'Asia/Karachi', 'Asia/Kathmandu',
  'Asia/Kolkata', 'Asia/Manila', 'Asia/Riyadh', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore',
  'Asia/Taipei', 'Asia/Tehran', 'Asia/Tokyo', 'Atlantic/Azores', 'Atlantic/Canary', 'Atlantic/Reykjavik',
  'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam',
  'Europe/Athens', 'Europe/Berlin', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Dublin',
  'Europe/Helsinki', 'Europe/Istanbul', 'Europe/Kyiv', 'Europe/Lisbon', 'Europe/London', 'Europe/Madrid',
  'Europe/Moscow', 'Europe/Paris', 'Europe/Prague', 'Europe/Rome', 'Europe/Stockholm', 'Europe/Vienna',
  'Europe/Warsaw', 'Europe/Zurich', 'Pacific/Auckland', 'Pacific/Fiji', 'Pacific/Honolulu',
] as const; // prettier-ignore

const worldwide = listFormat(
  'timezone',
  'An IANA time zone, e.g. `Asia/Tokyo`; localized, one of the country zones (`Europe/Lisbon`, `Atlantic/Azores`).',
  ZONES,
  { pattern: '^(UTC|[A-Z][A-Za-z_]*(/[A-Z][A-Za-z_-]*){1,2})$' },
);

/** @example timezone.realistic(streamOf(['s1', 'timezone']))(0) // 'Europe/Zurich' */
export const timezone = withLocales(
  worldwide,
  countryScoped(worldwide, (d) => d.timeZones),
);
