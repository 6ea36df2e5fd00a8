/**
 * A date a newer report says was moved ("postponed to", "a month later than planned") is an update of the plan, not
 * a contradiction. Every sentence is written for these tests about invented places and services.
 */
import { describe, expect, it } from 'vitest';
import { storyStance } from '../helpers/dated-stance';

const older = 'The ferry service between Ostra and Vell will stop on 31 July, the operator said.';

describe('a date moved', () => {
  it('is an update when the newer report says the date was moved', () => {
    const result = storyStance(
      'The ferry service between Ostra and Vell will now stop on 31 August, a month later than planned, the operator said.',
      older,
      { page: '2025-06-10', reference: '2025-06-02' },
    );
    expect(result.stance).toBe('updates');
    expect(result.time).toMatchObject({ page: '2025-06-10', reference: '2025-06-02', newer: 'page' });
  });

  it('is an update when the page is the older report and the reference tells the move', () => {
    const result = storyStance(
      older,
      'The ferry service between Ostra and Vell will now stop on 31 August, later than first planned, the operator said.',
      { page: '2025-06-02', reference: '2025-06-10' },
    );
    expect(result.stance).toBe('updates');
    expect(result.time?.newer).toBe('reference');
  });

  it('gives no contradiction when the reports cannot be placed in time', () => {
    const result = storyStance(
      'The ferry service between Ostra and Vell will now stop on 31 August, the operator said.',
      older,
      { page: '2025-06-02', reference: '2025-06-02' },
    );
    expect(result.stance).not.toBe('contradicts');
  });

  it('is not said by a word of moving in another clause than the date', () => {
    const result = storyStance(
      'Marta Ilves, who will now face trial, was arrested in Ostra on 2 April.',
      'Marta Ilves was arrested in Ostra on 5 April.',
      {
        page: '2025-06-10',
        reference: '2025-06-02',
      },
    );
    expect(result.stance).toBe('contradicts');
  });

  it('still contradicts when nothing says the date was moved', () => {
    const result = storyStance(
      'The ferry service between Ostra and Vell will stop on 31 August, the operator said.',
      older,
      {
        page: '2025-06-10',
        reference: '2025-06-02',
      },
    );
    expect(result.stance).toBe('contradicts');
  });
});
