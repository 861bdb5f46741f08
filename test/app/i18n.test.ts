import { describe, expect, it } from 'vitest';
import { formatDate, formatKroner, formatMillions, formatNumber, formatPercent, horizonLabel, t } from '../../src/app/i18n.ts';

describe('t(lang, key, values)', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('da', 'card.waitingListEnd', { horizon: '2 år' })).toBe('Venteliste om 2 år');
    expect(t('en', 'card.waitingListEnd', { horizon: '2 years' })).toBe('Waiting list in 2 years');
    expect(t('en', 'card.waitingListEnd')).toBe('Waiting list in {horizon}');
  });
});

describe('formatting for the locale', () => {
  it('writes Danish numbers with a decimal comma and a thousands dot', () => {
    expect(formatNumber('da', 12345.678, 1)).toBe('12.345,7');
    expect(formatNumber('en', 12345.678, 1)).toBe('12,345.7');
  });

  it('writes shares as whole percentages', () => {
    expect(formatPercent('da', 0.684)).toBe('68\u00a0%');
    expect(formatPercent('en', 0.684)).toBe('68%');
  });

  it('writes money in millions of kroner', () => {
    expect(formatMillions('da', 18_750_000)).toBe('18,8 mio. kr.');
    expect(formatMillions('en', 18_750_000)).toBe('DKK 18.8 m');
    expect(formatKroner('da', 625_000)).toBe('625.000 kr.');
    expect(formatKroner('en', 625_000)).toBe('DKK 625,000');
  });

  it('writes dates as month and year', () => {
    const date = new Date(Date.UTC(2027, 9, 15));
    expect(formatDate('da', date)).toBe('okt. 2027');
    expect(formatDate('en', date)).toBe('Oct 2027');
  });

  it('names the horizon in years', () => {
    expect(horizonLabel('da', 52)).toBe('1 år');
    expect(horizonLabel('da', 78)).toBe('1,5 år');
    expect(horizonLabel('en', 260)).toBe('5 years');
  });
});
