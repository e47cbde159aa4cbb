/**
 * @module For each string format a validator asserts, values that look like an attempt at it but are not: a
 * date with month 13, an address without `@`. Tried in order; the first that breaks only `format` is kept.
 */
export const malformedFormats: Readonly<Record<string, readonly string[]>> = {
  date: ['2024-13-45', '2024-02-30', '20240101'],
  'date-time': ['2024-13-45T25:61:00Z', '2024-01-01 10:00', '2024-01-01T10:00:00'],
  time: ['25:61:00Z', '10:00', '10:00:00+25:00'],
  duration: ['P1X', '1 day', 'PT'],
  email: ['not-an-email', 'missing-at.example.com', 'a@b@c'],
  'idn-email': ['not-an-email', 'a@b@c'],
  hostname: ['-not-a-host-', 'under_score.example', 'a..b'],
  'idn-hostname': ['-not-a-host-', 'a..b'],
  ipv4: ['256.256.256.256', '1.2.3', '1.2.3.4.5'],
  ipv6: ['1:2:3:4:5:6:7:8:9', '12345::1', 'not-an-ip'],
  uri: ['not a uri', 'no-scheme', '//no-scheme'],
  'uri-reference': ['not a uri', '\\\\backslash', 'a b'],
  iri: ['not an iri', 'no-scheme'],
  'iri-reference': ['not an iri', 'a b'],
  'uri-template': ['{unclosed', 'x}', '{bad name}'],
  url: ['not a url', 'no-scheme.example'],
  uuid: ['not-a-uuid', '123e4567-e89b-12d3-a456-42661417400', '123e4567e89b12d3a456426614174000x'],
  'json-pointer': ['no-leading-slash', '/bad~escape'],
  'relative-json-pointer': ['/absolute', 'x/y', '-1/a'],
  regex: ['(unclosed', '[z-a]', '*'],
  byte: ['not base64!', 'abc', '@@@@'],
};
