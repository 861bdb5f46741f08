/**
 * The page's fixed Danish text is in the built HTML (no jump when the script arrives): every
 * empty element naming a message gets its Danish text, escaped; one with placeholders, or a key
 * that is not a message, is left for the script.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/app/i18n.ts';
import { prerenderDanish } from '../../src/app/prerender-text.ts';

describe('prerenderDanish', () => {
  it('fills every data-i18n element of index.html that has a plain message', () => {
    const html = prerenderDanish(readFileSync(new URL('../../index.html', import.meta.url), 'utf8'));
    expect(html).toContain(`data-i18n="title">${t('da', 'title')}</h1>`);
    expect(html).toContain(`data-i18n="preset.herning-model">${t('da', 'preset.herning-model')}</button>`);
    const empty = [...html.matchAll(/<(\w+)[^>]*\bdata-i18n="([\w.-]+)"[^>]*><\/\1>/g)].map((m) => m[2]);
    for (const key of empty) expect(t('da', key as Parameters<typeof t>[1]), key).toContain('{');
  });

  it('leaves unknown keys and already filled elements alone', () => {
    expect(prerenderDanish('<p data-i18n="no.such.key"></p>')).toBe('<p data-i18n="no.such.key"></p>');
    expect(prerenderDanish('<p class="x" data-i18n="title"></p><p data-i18n="title">kept</p>')).toBe(`<p class="x" data-i18n="title">${t('da', 'title')}</p><p data-i18n="title">kept</p>`);
  });
});
