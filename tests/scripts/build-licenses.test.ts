import { describe, expect, it } from 'vitest';
import { shippedPackages, thirdPartyNotices } from '../../scripts/build-licenses';

describe('the third-party notices', () => {
  it('follow production dependencies, and theirs, once each; never dev dependencies', () => {
    const packages = {
      a: { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { c: '^1' } },
      b: { name: 'b', version: '2.0.0', license: 'ISC', dependencies: { c: '^1' } },
      c: { name: 'c', version: '1.1.0', license: 'BSD-2-Clause' },
    };
    const root = { name: 'root', version: '0.0.0', dependencies: { b: '2', a: '1' }, devDependencies: { d: '1' } };
    const found = shippedPackages(root, (name) => packages[name as keyof typeof packages]);
    expect(found.map((item) => item.name)).toEqual(['a', 'b', 'c']);
  });

  it('carry the WordNet licence, the wink model’s and each bundled package’s licence text', () => {
    const text = thirdPartyNotices();
    expect(text).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(text).toContain('wink-eng-lite-web-model 1.8.1 (MIT)');
    expect(text).toContain('nlp/english-pos.json');
    for (const name of ['preact', 'dexie', 'linkedom', 'wink-nlp', 'webextension-polyfill'])
      expect(text).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    // Dexie's Apache-2.0 NOTICE file travels with it.
    expect(text).toContain('Copyright (c) 2014-2017 David Fahlander');
  });
});
