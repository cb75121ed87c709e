import { html } from '../../html';
import { page, type PageContext } from '../../views/layout';

/** The sign-in page; with `organisation`, staff may also sign in through their organisation's provider. */
export const signInPage = (ctx: PageContext, { sent = false, organisation = false } = {}) =>
  page(
    ctx,
    ctx.w.signIn,
    html`${sent ? html`<p class="notice" role="status">${ctx.w.linkSent}</p>` : ''}<p>${ctx.w.signInIntro}</p>
<form method="post" action="/sign-in"><input type="hidden" name="_csrf" value="${ctx.csrf}">
<label for="email">${ctx.w.email}</label><input type="email" id="email" name="email" required autocomplete="email" maxlength="254">
<button type="submit">${ctx.w.sendLink}</button></form>
${organisation ? html`<h2>${ctx.w.organisationSignIn}</h2><p>${ctx.w.organisationSignInIntro}</p><p><a class="button" href="/auth/oidc">${ctx.w.organisationSignIn}</a></p>` : ''}
<h2>${ctx.w.publicSite.title}</h2><p>${ctx.w.publicSite.intro}</p><p><a href="/countries">${ctx.w.publicSite.allCountries}</a></p>`,
  );

/** The one click between opening a link and being signed in by it. */
export const linkConfirmPage = (ctx: PageContext, kind: 'auth' | 'act', email: string) =>
  page(
    ctx,
    ctx.w.signIn,
    html`<p>${ctx.w.confirmLink(email)}</p>
<form method="post" action="/${kind}"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">${ctx.w.continue}</button></form>`,
  );
