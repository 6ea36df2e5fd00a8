import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countOf, formatMessage, t } from '@/components/i18n';
import english from '@/public/_locales/en/messages.json';

describe('t', () => {
  it('falls back to the English messages file when browser.i18n has nothing', () => {
    expect(t('appName')).toBe('ClaimLens');
    expect(t('settingPauseSite', 'news.example')).toBe('Pause on news.example');
    expect(t('importDone', ['2 sources', '31 claims', '0'])).toBe('Added 2 sources and 31 claims; 0 unchanged.');
  });

  it('uses the browser translation when there is one', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Einstellungen');
    expect(t('tabSettings')).toBe('Einstellungen');
    spy.mockRestore();
  });

  it('picks singular or plural', () => {
    expect(countOf(1, 'claimCountOne', 'claimCountMany')).toBe('1 claim');
    expect(countOf(31, 'claimCountOne', 'claimCountMany')).toBe('31 claims');
  });
});

describe('messages.json', () => {
  it('defines a placeholder for every $name$ and uses every placeholder', () => {
    for (const [key, entry] of Object.entries(english) as [string, { message: string; placeholders?: object }][]) {
      const used = [...entry.message.matchAll(/\$([a-z]+)\$/g)].map((match) => match[1]).sort();
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(used);
    }
  });

  it('formats $$ as a dollar sign and leaves unknown placeholders visible', () => {
    expect(formatMessage({ message: 'Costs $$5 for $who$' }, [])).toBe('Costs $5 for $who$');
  });
});
