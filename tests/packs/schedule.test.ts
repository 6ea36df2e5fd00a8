import { describe, expect, it } from 'vitest';
import { isDue, newSubscription, originPermission, type PackSubscription } from '../../lib/packs';

const at = (iso: string) => new Date(iso);
const checked = (lastChecked: string, extra: Partial<PackSubscription> = {}): PackSubscription => ({
  ...newSubscription('p1', { url: 'https://packs.example/river.json' }),
  lastChecked,
  lastSuccess: lastChecked,
  ...extra,
});

describe('isDue', () => {
  it('is due at once when never checked, then daily', () => {
    expect(isDue(newSubscription('p1', { url: 'https://packs.example/p.json' }), at('2026-12-01T00:00:00Z'))).toBe(
      true,
    );
    const sub = checked('2026-12-01T00:00:00Z');
    expect(isDue(sub, at('2026-12-01T23:59:00Z'))).toBe(false);
    expect(isDue(sub, at('2026-12-02T00:00:00Z'))).toBe(true);
  });

  it('retries a failed refresh after an hour, not a day', () => {
    const failed = checked('2026-12-01T00:00:00Z', { lastError: "The pack's host answered 503." });
    expect(isDue(failed, at('2026-12-01T00:59:00Z'))).toBe(false);
    expect(isDue(failed, at('2026-12-01T01:00:00Z'))).toBe(true);
  });

  it('follows the period the reader chose, and never refreshes a pack turned off', () => {
    const sub = checked('2026-12-01T00:00:00Z');
    expect(isDue(sub, at('2026-12-01T06:00:00Z'), 6 * 60)).toBe(true);
    expect(isDue({ ...sub, enabled: false }, at('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('originPermission', () => {
  it('asks for the pack’s one origin, whatever its port, path or query', () => {
    expect(originPermission('https://packs.example/dir/river.json?v=2')).toBe('https://packs.example/*');
    expect(originPermission('http://127.0.0.1:8080/p.json')).toBe('http://127.0.0.1/*');
    expect(originPermission('https://cdn.packs.example:8443/p.json')).toBe('https://cdn.packs.example/*');
  });
});
