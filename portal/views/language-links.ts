import { languages, type Language } from '../../domain/shared/country';
import { html } from '../html';
import type { PageContext } from './layout';

// The links a visitor chooses the page's language with. Each language is named in itself, and marked as
// such, so that a screen reader says « Français » in French; the current one is marked as current.

const names: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

export const languageLinks = (ctx: PageContext, path: string) =>
  html`<nav aria-label="${ctx.w.language}"><ul class="languages">${languages.map(
    (l) =>
      html`<li><a href="${path}?lang=${l}" lang="${l}" hreflang="${l}"${l === ctx.lang ? html` aria-current="true"` : ''}>${names[l]}</a></li>`,
  )}</ul></nav>`;
