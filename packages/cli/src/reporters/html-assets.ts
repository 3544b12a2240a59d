/**
 * The HTML report's style and script, inlined into the page: it opens offline, from a CI artifact
 * or a mail, with nothing fetched. Without the script every template is on the page; with it the
 * page shows one page of them at a time, filters by verdict and rule, searches, and shows a mark's
 * messages when it is pointed at, focused or clicked.
 */

/** Fonts that have the Chinese characters, on Windows, macOS and Linux, after the system's own. */
const CJK_SANS = '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei"';

export const STYLE = `
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",${CJK_SANS},sans-serif;margin:0 auto;max-width:76rem;padding:1rem 1.25rem 3rem;color:#1f2328;background:#fff}
code,pre,.rule,.where,.tid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","Noto Sans Mono CJK SC",${CJK_SANS},monospace}
h1{font-size:1.4rem;margin:.25rem 0}h2{font-size:1.15rem;margin:1.75rem 0 .5rem;overflow-wrap:anywhere}h3{font-size:1rem;margin:0;overflow-wrap:anywhere}
a{color:#0969da}
[hidden]{display:none!important}
.top{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:1rem 2rem;align-items:start;padding:1rem 1.25rem;border-radius:.75rem;border:1px solid #d0d7de;border-top-width:.4rem}
.top.v-pass{border-top-color:#2da44e}.top.v-revise{border-top-color:#d4a72c}.top.v-reject{border-top-color:#cf222e}.top.v-unchecked{border-top-color:#8250df}
.headline{font-size:1.25rem;margin:.25rem 0}.headline strong{font-size:1.6rem}
.facts{margin:.25rem 0;color:#424a53}.facts span{display:block}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 0;padding:0;list-style:none}
.counts button{font:inherit;font-size:.85rem;border:1px solid #d0d7de;background:#f6f8fa;border-radius:1rem;padding:.1rem .7rem;cursor:pointer}
.counts button:hover,.counts button:focus-visible{border-color:#0969da}
figure{margin:0}figcaption{font-size:.8rem;color:#57606a}
svg.chart{width:100%;height:auto;display:block}svg .count,svg .tick,svg .tl{font-size:13px;fill:#424a53}svg .tl{font-weight:600}
.verdict{display:inline-block;padding:0 .55rem;border-radius:1rem;font-weight:600;font-size:.85rem;white-space:nowrap}
.verdict-pass{background:#dafbe1;color:#116329}.verdict-revise{background:#fff8c5;color:#7d4e00}.verdict-reject{background:#ffebe9;color:#a40e26}.verdict-unchecked{background:#fbefff;color:#6e40c9}.verdict-file{background:#eaeef2;color:#424a53}
nav.toc{margin:1rem 0}nav.toc summary{font-weight:600;cursor:pointer}nav.toc ol{margin:.25rem 0;padding-left:1.5rem}nav.toc li{overflow-wrap:anywhere}
.toc-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:0 2rem}
form.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;background:#fffffff2;padding:.6rem 0;border-bottom:1px solid #d0d7de}
form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#57606a}
form.filters select,form.filters input{font:inherit;font-size:.9rem;padding:.2rem .4rem;border:1px solid #d0d7de;border-radius:.35rem;min-width:9rem;max-width:100%}
form.filters input{min-width:14rem}.shown{font-size:.85rem;color:#57606a;margin-left:auto}
article{border:1px solid #d0d7de;border-radius:.5rem;padding:.6rem .9rem;margin:.75rem 0}
article>header{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline}
.rate{font-weight:600}.room{font-size:.85rem;color:#57606a;flex-basis:100%}.title{color:#57606a;font-weight:400}
pre.code{margin:.5rem 0;padding:.4rem .6rem;background:#f6f8fa;border-radius:.35rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem;line-height:1.6}
.ln{display:inline-block;min-width:2.5em;margin-right:.75em;color:#8c959f;text-align:right;user-select:none}.gap{color:#8c959f}
mark{border-radius:.15rem;padding:0 .05rem;cursor:pointer;color:inherit}
mark.m-error{background:#ffcecb;box-shadow:inset 0 -2px #cf222e}mark.m-warning{background:#fff1b3;box-shadow:inset 0 -2px #d4a72c}mark.m-info{background:#ddf4ff;box-shadow:inset 0 -2px #0969da}
mark.pt{display:inline-block;width:.35em;height:1.1em;vertical-align:text-bottom;background:none;box-shadow:inset .12em 0 #cf222e}
mark.hl,tr.hl>td{outline:2px solid #0969da;outline-offset:1px}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{text-align:left;vertical-align:top;padding:.3rem .5rem;border-top:1px solid #eaeef2}th{font-weight:600;font-size:.8rem;color:#57606a}
td.n{color:#57606a;width:2rem}.where{white-space:nowrap;font-size:.8rem}
.sev{font-weight:600;white-space:nowrap}.sev-error{color:#a40e26}.sev-warning{color:#7d4e00}.sev-info{color:#0550ae}
.note{display:block;color:#57606a;font-size:.85rem}
.instead code,#pop code{background:#dafbe1;border-radius:.2rem;padding:0 .2rem;white-space:pre-wrap}.instead del,#pop del{background:#ffebe9;text-decoration-color:#a40e26}.instead ul{margin:0;padding-left:1rem}.auto{display:block;font-size:.8rem;color:#116329}
.rule{font-size:.8rem;overflow-wrap:anywhere}
.clean summary{cursor:pointer;color:#57606a}.clean p{color:#57606a;overflow-wrap:anywhere}
.pager{display:flex;gap:1rem;align-items:center;justify-content:center;margin:1.5rem 0}.pager button{font:inherit;padding:.25rem .8rem;border:1px solid #d0d7de;border-radius:.35rem;background:#f6f8fa;cursor:pointer}.pager button:disabled{opacity:.45;cursor:default}
#none{padding:1rem;color:#57606a}
dl.rules dt{font-weight:600;margin-top:.9rem;overflow-wrap:anywhere}dl.rules dd{margin:.2rem 0 0 1rem}dl.rules pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem;background:#f6f8fa;padding:.5rem;border-radius:.35rem;max-height:30rem;overflow:auto}
#pop{position:absolute;z-index:5;max-width:min(32rem,92vw);background:#fff;border:1px solid #8c959f;border-radius:.5rem;box-shadow:0 6px 18px #0003;padding:.5rem .75rem;font-size:.9rem}
#pop p{margin:.2rem 0}#pop .rule{color:#57606a}
footer{margin-top:2rem;color:#8c959f;font-size:.8rem}
.js .item:not(.on){display:none}
@media (max-width:720px){
body{font-size:14px;padding:.75rem .6rem 2rem}
.top{grid-template-columns:1fr;padding:.75rem}
form.filters{position:static}form.filters label,form.filters select,form.filters input{width:100%;min-width:0}.shown{margin-left:0}
table.findings thead{display:none}table.findings tr{display:grid;grid-template-columns:auto auto 1fr;gap:0 .5rem;border-top:1px solid #eaeef2;padding:.35rem 0}
table.findings td{border:0;padding:0}table.findings td.msg,table.findings td.instead,table.findings td.rule{grid-column:1/-1}
}
@media print{.js .item:not(.on){display:block}form.filters,.pager,.counts{display:none}}
`.trim();

/**
 * The page's script, as the last element of the body. ES2017, no library. It reads what it needs
 * from the page (the items' `data-verdict` and `data-rules`, the texts of the pager and the count
 * in `data-text`), so the report's languages stay in one place.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var d = document, byId = function (id) { return d.getElementById(id); };
  var items = [].slice.call(d.querySelectorAll('.item'));
  var sections = [].slice.call(d.querySelectorAll('section.file'));
  var form = byId('filters'), fv = byId('f-verdict'), fr = byId('f-rule'), fq = byId('f-q');
  var shown = byId('f-shown'), none = byId('none'), pager = byId('pager'), pageLabel = byId('page');
  var prev = byId('prev'), next = byId('next'), pop = byId('pop');
  var size = +byId('templates').getAttribute('data-page-size') || 50;
  var list = items, page = 0, texts = new Map(), timer = 0;
  var fill = function (text, data) { return text.replace(/\\{(\\w+)\\}/g, function (all, key) { return key in data ? String(data[key]) : all; }); };
  var textOf = function (el) { var t = texts.get(el); if (t === undefined) { t = el.textContent.toLowerCase(); texts.set(el, t); } return t; };
  function matches(el, v, r, q) {
    if (v && el.getAttribute('data-verdict') !== v) return false;
    if (r && (' ' + el.getAttribute('data-rules') + ' ').indexOf(' ' + r + ' ') < 0) return false;
    return !q || textOf(el).indexOf(q) >= 0;
  }
  function render() {
    var pages = Math.max(1, Math.ceil(list.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    var on = new Set(list.slice(page * size, page * size + size));
    items.forEach(function (el) { el.classList.toggle('on', on.has(el)); });
    sections.forEach(function (s) { s.hidden = !s.querySelector('.item.on'); });
    shown.textContent = fill(shown.getAttribute('data-text'), { shown: list.length, total: items.length });
    none.hidden = list.length > 0;
    pager.hidden = pages < 2;
    pageLabel.textContent = fill(pageLabel.getAttribute('data-text'), { page: page + 1, pages: pages });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  function apply() {
    var v = fv.value, r = fr.value, q = fq.value.trim().toLowerCase();
    list = items.filter(function (el) { return matches(el, v, r, q); });
    page = 0;
    render();
  }
  /** Shows the page with the element (an item, inside one, or a file's section), clearing filters that hide it. */
  function reveal(el) {
    var item = el.closest('.item') || (el.matches('section.file') ? el.querySelector('.item') : null);
    if (!item) return;
    if (list.indexOf(item) < 0) { fv.value = ''; fr.value = ''; fq.value = ''; list = items; }
    page = Math.floor(list.indexOf(item) / size);
    render();
    el.scrollIntoView();
  }
  function onHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && byId(id);
    if (el) reveal(el);
  }
  // Popover: the messages of a mark's findings, from the template's table.
  var pinned = null;
  function rowsOf(mark) {
    var article = mark.closest('article'), ns = (mark.getAttribute('data-f') || '').split(' ');
    return ns.map(function (n) { return article.querySelector('tr[data-n="' + n + '"]'); }).filter(Boolean);
  }
  function show(mark) {
    var rows = rowsOf(mark);
    if (!rows.length) return;
    pop.textContent = '';
    rows.forEach(function (row) {
      var p = d.createElement('p');
      p.innerHTML = row.querySelector('.sev').outerHTML + ' ' + row.querySelector('.msg').innerHTML;
      var instead = row.querySelector('.instead');
      if (instead && instead.textContent.trim()) { var w = d.createElement('p'); w.innerHTML = instead.innerHTML; p.appendChild(w); }
      var rule = d.createElement('span'); rule.className = 'rule'; rule.textContent = ' ' + row.getAttribute('data-rule');
      p.appendChild(rule);
      pop.appendChild(p);
    });
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + scrollX, scrollX + d.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + 'px';
    pop.style.top = (box.bottom + scrollY + 6) + 'px';
    d.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    rows.forEach(function (row) { row.classList.add('hl'); });
    mark.classList.add('hl');
  }
  function hide() {
    pop.hidden = true;
    pinned = null;
    d.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
  }
  d.addEventListener('mouseover', function (e) { var m = e.target.closest && e.target.closest('mark[data-f]'); if (m && !pinned) show(m); });
  d.addEventListener('mouseout', function (e) { var m = e.target.closest && e.target.closest('mark[data-f]'); if (m && !pinned) hide(); });
  d.addEventListener('focusin', function (e) { var m = e.target.closest && e.target.closest('mark[data-f]'); if (m) show(m); });
  d.addEventListener('click', function (e) {
    var m = e.target.closest('mark[data-f]');
    if (m) { if (pinned === m) { hide(); return; } show(m); pinned = m; return; }
    var row = e.target.closest('tr[data-n]');
    if (row && !e.target.closest('a')) {
      hide();
      row.classList.add('hl');
      row.closest('article').querySelectorAll('mark[data-f~="' + row.getAttribute('data-n') + '"]').forEach(function (el) { el.classList.add('hl'); });
      return;
    }
    if (!e.target.closest('#pop')) hide();
    // A link to a template reveals it now, before the browser scrolls to it; a link to the
    // hash already in the address bar fires no hashchange.
    var a = e.target.closest('a[href^="#"]');
    var to = a && byId(decodeURIComponent(a.getAttribute('href').slice(1)));
    if (to) reveal(to);
    var b = e.target.closest('button[data-verdict]');
    if (b) { fv.value = b.getAttribute('data-verdict'); fr.value = ''; fq.value = ''; apply(); form.scrollIntoView(); }
  });
  d.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    var m = e.target.closest && e.target.closest('mark[data-f]');
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); show(m); pinned = m; }
  });
  fv.addEventListener('change', apply);
  fr.addEventListener('change', apply);
  fq.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  prev.addEventListener('click', function () { page--; render(); form.scrollIntoView(); });
  next.addEventListener('click', function () { page++; render(); form.scrollIntoView(); });
  window.addEventListener('hashchange', onHash);
  form.hidden = false;
  [].forEach.call(d.querySelectorAll('.counts button'), function (b) { b.disabled = false; });
  render();
  if (location.hash) onHash();
})();
`.trim();
