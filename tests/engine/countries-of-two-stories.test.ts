/**
 * Two stories of one kind in two countries: a third country both mention in passing does not tie them. Written for
 * these tests about invented cities, firms and officials in real countries.
 */
import { describe, expect, it } from 'vitest';
import { badged, pageStatuses } from '../helpers/articles';

const statuses = pageStatuses;

/** A metro line opened in an invented city of Georgia, built with a Turkish partner. */
const GEORGIA = [
  'Georgia opened a new metro line in Varketa on Monday, the city said.',
  'The line was built by the Georgian firm Dzveli Build and a Turkish partner.',
  'Construction began in 2021 and finished two years behind schedule.',
  'The mayor said the line would carry about 60,000 passengers a day.',
  'Georgia paid for most of the project with a loan.',
];

describe('a third country mentioned in passing', () => {
  it('does not tie a page about Mali to references about Georgia', () => {
    const page = [
      'Mali opened a new tram line in Sokoro on Monday, officials said.',
      'The line was built by a Malian firm and a Turkish partner.',
      'Construction began in 2021 and finished two years behind schedule.',
      'The mayor said the line would carry about 60,000 passengers a day.',
      'Mali paid for most of the project with a grant.',
    ];
    expect(statuses(GEORGIA, page).filter(badged)).toEqual([]);
  });

  it('still lets a page about the same country restate the references', () => {
    const page = [
      'Georgia opened a metro line in Varketa on Monday.',
      'The line was built by Dzveli Build and a Turkish partner.',
      'Construction began in 2021 and finished two years behind schedule.',
      'Georgia paid for most of the project with a loan.',
    ];
    expect(statuses(GEORGIA, page)[2]).toBe('corroborated');
  });
});
