import { html } from '../html';
import { page, type PageContext } from './layout';

export const signInPage = (ctx: PageContext, sent = false) =>
  page(
    ctx,
    ctx.w.signIn,
    html`${sent ? html`<p class="notice" role="status">${ctx.w.linkSent}</p>` : ''}<p>${ctx.w.signInIntro}</p>
<form method="post" action="/sign-in"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="email">${ctx.w.email}</label><input type="email" id="email" name="email" required autocomplete="email" maxlength="254">
<button type="submit">${ctx.w.sendLink}</button></form>`,
  );
