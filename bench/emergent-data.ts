/**
 * Reads the Emergent stance data (claim vs news headline, labelled for / against / observing) and splits it
 * by claim, so all headlines of one claim fall on the same side: a tuning part and a held-out part.
 */
import { readFileSync } from 'node:fs';
import { hashString } from './prng';

export type EmergentStance = 'for' | 'against' | 'observing';
export const EMERGENT_STANCES: readonly EmergentStance[] = ['for', 'against', 'observing'];

export interface EmergentPair {
  claimId: string;
  claim: string;
  headline: string;
  stance: EmergentStance;
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let n = 0; n < content.length; n += 1) {
    const char = content[n];
    if (quoted) {
      if (char === '"' && content[n + 1] === '"') {
        field += '"';
        n += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[n + 1] === '\n') n += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

/** The labelled pairs of an Emergent CSV (columns found by header name); rows with another label are skipped. */
export function readEmergent(path: string): EmergentPair[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${path}: no "${name}" column`);
    return at;
  };
  const claim = column('claimHeadline');
  const headline = column('articleHeadline');
  const stance = column('articleHeadlineStance');
  const claimId = column('claimId');
  return rows
    .filter((row) => (EMERGENT_STANCES as readonly string[]).includes(row[stance]))
    .map((row) => ({
      claimId: row[claimId],
      claim: row[claim],
      headline: row[headline],
      stance: row[stance] as EmergentStance,
    }));
}

/** True for pairs of the held-out part: about a third of the claims, chosen by a hash of the claim id. */
export function isHeldOut(claimId: string): boolean {
  return hashString(claimId) % 3 === 0;
}
