/**
 * Scores annotations of labelled pages exactly as ../shared/eval/score.py does (same normalisation, same
 * overlap and quote rules, same totals), so the benchmark and an accuracy test can run in-process without
 * Python. Pure functions: the caller supplies each page's labels and the engine's JSON report.
 */

/** One labelled sentence of a page (a line of NAME.labels.json). */
export interface PageLabel {
  text: string;
  expect: 'corroborated' | 'conflicting' | 'none' | 'any';
  refs?: string[];
  dynamic?: boolean;
}

/** The JSON report's fields the scorer reads (the CLI's `check --format json` shape). */
export interface ReportClaim {
  text?: string;
  status?: string;
  matches?: { referenceClaim?: string }[];
}

export interface PageScore {
  page: string;
  positives: number;
  found: number;
  stanceRight: number;
  /** Annotated spans that count (status other than related). */
  spans: number;
  falseAlarms: number;
  /** Labels expected to be found and not found. */
  misses: { expect: string; text: string }[];
  /** Found labels whose span had another status. */
  wrongStance: { text: string; expect: string; got: string[] }[];
  /** Annotated spans that overlap no found or 'any' label. */
  alarms: { status: string; text: string }[];
}

export interface Totals {
  positives: number;
  found: number;
  stanceRight: number;
  spans: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  /** Stance right among the found labels. */
  stance: number;
  /** Stance right among all positives. */
  strict: number;
}

/** Lower case, typographic quotes made plain, white space collapsed (score.py's norm). */
export function norm(text: string): string {
  return text
    .replace(/\u2019|\u2018/g, "'")
    .replace(/\u201c|\u201d/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The set of ASCII letter/digit runs of the normalised text (score.py's words). */
export function words(text: string): Set<string> {
  return new Set(norm(text).match(/[a-z0-9]+/g) ?? []);
}

/**
 * True when two texts are the same sentence for scoring: one contains the other after normalisation, or
 * they share at least 60% of the words of the shorter one. Empty text overlaps nothing.
 */
export function overlaps(a: string, b: string): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return false;
  if (na.includes(nb) || nb.includes(na)) return true;
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

/** True when one of the span's matches quotes a labelled reference phrase (always true with statusOnly). */
export function quotes(span: ReportClaim, refs: readonly string[], statusOnly = false): boolean {
  if (statusOnly) return true;
  return (span.matches ?? []).some((match) => {
    const text = norm(match.referenceClaim ?? '');
    return refs.some((ref) => text.includes(norm(ref)));
  });
}

/** Scores one page's report against its labels; 'related' spans and dynamic labels are left out. */
export function scorePage(
  page: string,
  labels: readonly PageLabel[],
  report: { claims?: ReportClaim[] },
  statusOnly = false,
): PageScore {
  const claims = (report.claims ?? []).filter((claim) => claim.status !== 'related');
  const scored = labels.filter((label) => !label.dynamic);
  const result: PageScore = {
    page,
    positives: 0,
    found: 0,
    stanceRight: 0,
    spans: claims.length,
    falseAlarms: 0,
    misses: [],
    wrongStance: [],
    alarms: [],
  };
  const used = new Set<number>();
  for (const label of scored) {
    if (label.expect !== 'corroborated' && label.expect !== 'conflicting') continue;
    result.positives += 1;
    const hits = claims.flatMap((claim, n) =>
      overlaps(claim.text ?? '', label.text) && quotes(claim, label.refs ?? [], statusOnly) ? [n] : [],
    );
    if (hits.length === 0) {
      result.misses.push({ expect: label.expect, text: label.text });
      continue;
    }
    result.found += 1;
    for (const n of hits) used.add(n);
    if (hits.some((n) => claims[n].status === label.expect)) result.stanceRight += 1;
    else
      result.wrongStance.push({ text: label.text, expect: label.expect, got: hits.map((n) => claims[n].status ?? '') });
  }
  claims.forEach((claim, n) => {
    if (used.has(n)) return;
    if (scored.some((label) => label.expect === 'any' && overlaps(claim.text ?? '', label.text))) return;
    result.falseAlarms += 1;
    result.alarms.push({ status: claim.status ?? '', text: claim.text ?? '' });
  });
  return result;
}

/** Sums page scores into score.py's summary figures (0 where a ratio has nothing to count). */
export function totals(pages: readonly PageScore[]): Totals {
  const sum = (pick: (page: PageScore) => number) => pages.reduce((total, page) => total + pick(page), 0);
  const positives = sum((page) => page.positives);
  const found = sum((page) => page.found);
  const stanceRight = sum((page) => page.stanceRight);
  const spans = sum((page) => page.spans);
  const falseAlarms = sum((page) => page.falseAlarms);
  return {
    positives,
    found,
    stanceRight,
    spans,
    falseAlarms,
    recall: positives ? found / positives : 0,
    precision: spans ? (spans - falseAlarms) / spans : 0,
    stance: found ? stanceRight / found : 0,
    strict: positives ? stanceRight / positives : 0,
  };
}
