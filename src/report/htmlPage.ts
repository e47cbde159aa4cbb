/**
 * @module The frame of Fixtura's HTML reports: one self-contained page, inline styles only, and a
 * Content-Security-Policy under which a browser fetches nothing.
 */
import { reportStyle } from './reportStyle.js';

/**
 * `title` and `body` are HTML: escape what comes from data before passing it.
 * @example htmlPage('Fixtura coverage report: shop.yaml', ['<h1>Coverage</h1>'])
 * // '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n…'
 */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: the report is read offline, attached to CI runs, mailed around.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${reportStyle}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
