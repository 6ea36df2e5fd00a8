import { describe, expect, it } from 'vitest';
import { pageKey, samePage } from '@/lib/page-identity';

describe('page identity', () => {
  it('is the URL without its #fragment', () => {
    expect(pageKey('https://news.example/a?x=1#part-2')).toBe('https://news.example/a?x=1');
    expect(pageKey('https://news.example/a')).toBe('https://news.example/a');
    expect(pageKey('https://news.example/#/story/1')).toBe('https://news.example/');
  });
  it('holds across the routes of a hash-routed page, not across a query or a path', () => {
    expect(samePage('https://app.example/#/story/1', 'https://app.example/#/story/2')).toBe(true);
    expect(samePage('https://app.example/a#top', 'https://app.example/a')).toBe(true);
    expect(samePage('https://app.example/a?p=1', 'https://app.example/a?p=2')).toBe(false);
    expect(samePage('https://app.example/a', 'https://app.example/b')).toBe(false);
  });
});
