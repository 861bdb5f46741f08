/**
 * The page's fixed Danish text written into index.html when it is built (and served), so the
 * first paint already has its headings, labels and help in place. Filled only by the script
 * before, the page grew and jumped when the script arrived (a layout shift of 0.93). English
 * still comes from the script, as does everything computed.
 */
import { t, type MessageKey } from './i18n.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `html` with every empty element that names a message in `data-i18n` filled with its Danish text. */
export function prerenderDanish(html: string): string {
  return html.replace(/<(\w+)(\s[^>]*?\bdata-i18n="([\w.-]+)"[^>]*)><\/\1>/g, (whole, tag: string, attributes: string, key: string) => {
    let text: string;
    try {
      text = t('da', key as MessageKey);
    } catch {
      return whole; // not a message: the script says what is wrong
    }
    // A message with placeholders needs the script's values.
    if (text.includes('{')) return whole;
    return `<${tag}${attributes}>${escapeHtml(text)}</${tag}>`;
  });
}
