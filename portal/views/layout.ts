import type { Language } from '../../domain/shared/country';
import { html, type Html } from '../html';
import type { Words } from '../i18n';
import { languageLinks } from './language-links';

export interface PageContext {
  lang: Language;
  w: Words;
  /** The zone the reader's dates are read in: their own, or the secretariat's for a visitor. */
  zone: string;
  /** The token every form of the page carries against cross-site request forgery. */
  csrf: string;
  /** The signed-in person's address. */
  signedIn?: string;
  /** On a page that offers the choice of language, the page's own address, which its language links open again. */
  languageLinks?: string;
}

/** The portal's one stylesheet, served at /portal.css (the content security policy allows no inline style). */
export const stylesheet = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}
header,main{padding:.8rem 1rem;max-width:60rem;margin:auto}
header{border-bottom:1px solid #ccc;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
a{color:#0b4f8a}
label{display:block;font-weight:600;margin-top:.6rem}
input[type=text],input[type=email],input[type=number],input[type=date],textarea,select{width:100%;box-sizing:border-box;font:inherit;padding:.35rem}
textarea{min-height:4.5rem}
fieldset{border:1px solid #ccc;margin:1rem 0;padding:.5rem .8rem}
table{border-collapse:collapse;width:100%}td,th{padding:.25rem;text-align:left;vertical-align:top}
.error{color:#a30000;font-weight:600}
.notice{background:#eef5ff;border-left:4px solid #0b4f8a;padding:.5rem .8rem}
.field-error input,.field-error textarea,[aria-invalid=true]{border:2px solid #a30000}
button{font:inherit;padding:.45rem 1rem;margin-top:.8rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
.pre{white-space:pre-wrap}
.languages{list-style:none;display:flex;gap:1rem;margin:0;padding:0}.languages [aria-current]{font-weight:700}
main:has(table.dashboard){max-width:none}
.filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}.filters select{width:auto}
@media (max-width:40rem){table,tbody,tr,td{display:block}th{display:none}tr{margin-bottom:.6rem}td[data-label]::before{content:attr(data-label) ": ";font-weight:600}:lang(fr) td[data-label]::before{content:attr(data-label) "\\a0: "}}
@media print{header,.skip,.no-print{display:none}main{max-width:none;padding:0}body{font-size:11pt}a{color:inherit}h2,h3{break-after:avoid}tr,li,table.facts{break-inside:avoid}}
`;

export function page(ctx: PageContext, title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="${ctx.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${ctx.w.portal}</title><link rel="stylesheet" href="/portal.css"></head>
<body><a class="skip" href="#main">${ctx.w.skip}</a>
<header><a href="/">${ctx.w.portal}</a>${ctx.languageLinks ? languageLinks(ctx, ctx.languageLinks) : ''}${
    ctx.signedIn
      ? html`<form method="post" action="/sign-out"><span>${ctx.w.signedInAs} ${ctx.signedIn}</span> <input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">${ctx.w.signOut}</button></form>`
      : ''
  }</header>
<main id="main"><h1>${title}</h1>${body}</main></body></html>`;
}

export const message = (ctx: PageContext, title: string, text: string) =>
  page(ctx, title, html`<p class="notice" role="status">${text}</p><p><a href="/">${ctx.w.myTasks}</a></p>`);
