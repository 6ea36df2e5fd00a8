import { describe, expect, it } from 'vitest';
import { quotationsOf, sharedQuotation } from '../../lib/claims/quotation';

describe('quotations', () => {
  it('are the quoted statements of a sentence, not labels or apostrophes', () => {
    expect(quotationsOf('The mayor said “the bridge will reopen by spring” at the meeting.')).toEqual([
      'the bridge will reopen by spring',
    ]);
    expect(quotationsOf('Crews called it a "bird strike" on the radio.')).toEqual([]);
    expect(quotationsOf('The mayor said "this is a tragedy" twice.')).toEqual([]);
    expect(quotationsOf("The mayor's office didn't say when the council's vote is.")).toEqual([]);
    expect(quotationsOf('She called the plan ‘a promise we cannot keep’, aides said.')).toEqual([
      'a promise we cannot keep',
    ]);
  });

  it('are shared when the other sentence carries the same words, quoted or not', () => {
    expect(
      sharedQuotation(
        'In a post on Sunday he wrote that "there could be other routes" for ferries that do not wish to dock.',
        'The minister added that “there could be other routes” for ferries unwilling to dock, officials said.',
      ),
    ).toBe('there could be other routes');
    expect(
      sharedQuotation(
        'The minister said there could be other routes for the ferries.',
        'He said “there could be other routes.”',
      ),
    ).toBe('there could be other routes');
    expect(
      sharedQuotation('He said "the bridge will reopen soon".', 'He said "the bridge will stay shut".'),
    ).toBeUndefined();
  });
});
