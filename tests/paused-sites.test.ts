import { describe, expect, it } from 'vitest';
import { isPausedOn, onPausedSite, siteOf } from '@/lib/paused-sites';

describe('isPausedOn', () => {
  const settings = { enabled: true, pausedSites: ['example.com', 'www.news.test'] };
  it('pauses everywhere when ClaimLens is off', () => {
    expect(isPausedOn({ ...settings, enabled: false }, 'other.org')).toBe(true);
  });
  it('pauses a paused site and its subdomains, whatever the www', () => {
    expect(isPausedOn(settings, 'example.com')).toBe(true);
    expect(isPausedOn(settings, 'www.example.com')).toBe(true);
    expect(isPausedOn(settings, 'live.example.com')).toBe(true);
    expect(isPausedOn(settings, 'news.test')).toBe(true);
    expect(isPausedOn(settings, 'notexample.com')).toBe(false);
    expect(isPausedOn(settings, 'other.org')).toBe(false);
  });
});

describe('onPausedSite', () => {
  it('reads a URL or a hostname the same way', () => {
    expect(siteOf('https://www.Example.com:8080/a#b')).toBe('example.com');
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(onPausedSite(['example.com'], 'https://live.example.com/story#top')).toBe(true);
    expect(onPausedSite(['example.com'], 'live.example.com')).toBe(true);
    expect(onPausedSite(['example.com'], 'https://notexample.com/')).toBe(false);
    expect(onPausedSite([''], 'https://example.com/')).toBe(false);
  });
});
