/**
 * @module `string(user_agent)`: the User-Agent strings of current browsers, in the reduced form they send
 * today (`Chrome/124.0.0.0`): Chrome, Edge, Firefox and Safari on Windows, macOS, Linux, Android and iOS.
 */
import { listFormat } from './listFormat.js';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CHROME = range(110, 139);
const FIREFOX = range(115, 140);
const SAFARI_MAC = [
  '15.6.1',
  '16.6',
  '17.0',
  '17.4.1',
  '17.5',
  '17.6',
  '18.0',
  '18.1',
  '18.2',
  '18.3',
  '18.4',
  '18.5',
];
const IOS = ['15_8', '16_7', '17_4', '17_5', '17_6', '18_0', '18_1', '18_2', '18_3', '18_4', '18_5'];
const WEBKIT = 'AppleWebKit/537.36 (KHTML, like Gecko)';
const DESKTOPS = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64'];
const GECKO_DESKTOPS = [
  'Windows NT 10.0; Win64; x64',
  'Macintosh; Intel Mac OS X 10.15',
  'X11; Linux x86_64',
];

const AGENTS: readonly string[] = [
  ...CHROME.flatMap((v) => [
    ...DESKTOPS.map((os) => `Mozilla/5.0 (${os}) ${WEBKIT} Chrome/${v}.0.0.0 Safari/537.36`),
    `Mozilla/5.0 (Linux; Android 10; K) ${WEBKIT} Chrome/${v}.0.0.0 Mobile Safari/537.36`,
    ...DESKTOPS.slice(0, 2).map(
      (os) => `Mozilla/5.0 (${os}) ${WEBKIT} Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
    ),
  ]),
  ...FIREFOX.flatMap((v) =>
    GECKO_DESKTOPS.map((os) => `Mozilla/5.0 (${os}; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`),
  ),
  ...SAFARI_MAC.map(
    (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  ),
  ...IOS.map(
    (v) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.replace('_', '.')} Mobile/15E148 Safari/604.1`,
  ),
];

/**
 * A browser User-Agent; values hold commas (`KHTML, like Gecko`), so the format is not plain.
 * @example userAgent.realistic(streamOf(['s1', 'user_agent']))(0) // 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1'
 */
export const userAgent = listFormat(
  'user_agent',
  'A current browser User-Agent string, e.g. `Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0`.',
  AGENTS,
  { pattern: '^Mozilla/5\\.0 \\(', minLength: 60 },
);
