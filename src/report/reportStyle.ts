/**
 * @module The HTML report's stylesheet, inlined into the page: the system's own fonts, a grid of cards, muted
 * greys with red and green kept for verdicts.
 */

/** @example `<style>${reportStyle}</style>` */
export const reportStyle = `:root{--fg:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--good:#1a7f37;--bad:#cf222e}
*{box-sizing:border-box}
body{max-width:1280px;margin:0 auto;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:22px;margin:0}
h2{font-size:18px;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:20px 0 8px}
h4{font-size:14px;margin:0 0 6px;overflow-wrap:anywhere}
header p{margin:4px 0 0}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
a{color:inherit}
table{border-collapse:collapse}
caption{text-align:left;font-weight:600;padding-bottom:4px}
th,td{padding:3px 8px;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted);font-weight:400}
.good{color:var(--good)}
.bad{color:var(--bad)}
.verdict{display:inline-block;margin:0 0 12px;padding:2px 12px;border-radius:12px;font-weight:600}
.verdict.good{background:#dafbe1}
.verdict.bad{background:#ffebe9}
.tables{display:flex;flex-wrap:wrap;gap:16px 40px;align-items:flex-start}
table.issues{width:100%;table-layout:fixed}
table.issues col.where{width:24%}
table.issues td{overflow-wrap:anywhere}
table.issues thead th{background:var(--soft)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:16px}
.card{min-width:0;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card.mismatch{border-color:var(--bad)}
.type{margin-left:6px;font-size:12px;font-weight:400;color:var(--muted)}
figure{margin:0}
figure svg{display:block;width:100%;height:auto}
figcaption,.empty{font-size:12px;color:var(--muted)}
figcaption{margin-top:2px}
.empty{margin:0;padding:24px 0;text-align:center;background:var(--soft);border-radius:6px}
.stats{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:4px 12px;margin:10px 0}
dt{font-size:12px;color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
table.top{width:100%;font-size:13px}
table.top td:first-child{overflow-wrap:anywhere}
.fit{margin-top:8px;font-size:13px}
.fit p{margin:2px 0}
footer{margin-top:32px;font-size:12px}
`;
