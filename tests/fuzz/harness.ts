/**
 * The fuzz suite's judge: runs one input through the code under test and says what came of it, and tallies the
 * outcomes per area for the README's table (scripts/fuzz-report.ts). Every case must end in a clear message or
 * a correct result; crashes, hangs, memory blow-ups, wrong results and data lost are the failures.
 */
import { resourceUsage } from 'node:process';

/** What came of one input. */
export type Outcome = 'accepted' | 'clear-error' | 'crash' | 'hang' | 'over-memory' | 'wrong' | 'data-lost';

/** The outcomes that make the suite fail. */
export const FAILURES: readonly Outcome[] = ['crash', 'hang', 'over-memory', 'wrong', 'data-lost'];

/**
 * How long one case may take. Generous for a loaded 2-core CI machine (the largest inputs take well under a
 * second here), yet far short of what the quadratic code of issue 15 took on the same inputs (minutes).
 */
export const CASE_LIMIT_MS = 8_000;

/** How much the process's peak memory may grow during one case; inputs are at most a few megabytes. */
export const MEMORY_LIMIT_MB = 768;

/** Raw engine errors and their tell-tale words: what a reader must never be shown. */
const RAW_ERROR_NAMES = new Set([
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'InternalError',
  'DataError',
  'ConstraintError',
  'DatabaseClosedError',
]);
const RAW_WORDS =
  /Maximum call stack|Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|undefined|\[object |Invalid (string|array) length|out of memory|Unexpected token|at position \d|Key already exists/;
/** Characters that make a message unreadable or reorder it on screen: C0 controls, bidi controls, lone surrogates. */
const UNREADABLE = /(?![\n\t])\p{Cc}|[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;
/** A message longer than this quotes too much of the input to be read. */
const MAX_MESSAGE = 600;

/**
 * Why a thrown value is not a clear message for the reader, or undefined when it is one: an Error with a short
 * plain message, no stack trace, no raw engine error, nothing unreadable, naming `names` when given.
 */
export function unclear(error: unknown, names?: RegExp): string | undefined {
  if (!(error instanceof Error)) return `threw a non-Error (${typeof error})`;
  const { name, message } = error;
  if (RAW_ERROR_NAMES.has(name)) return `raw ${name}: ${short(message)}`;
  if (typeof message !== 'string' || message.trim() === '') return 'an empty message';
  if (/\n\s+at /.test(message)) return `a stack trace in the message: ${short(message)}`;
  if (RAW_WORDS.test(message)) return `a raw engine message: ${short(message)}`;
  if (message.length > MAX_MESSAGE) return `a message of ${message.length} characters: ${short(message)}`;
  if (UNREADABLE.test(message)) return `control, bidi or lone-surrogate characters in: ${short(message)}`;
  if (names && !names.test(message)) return `does not name ${names}: ${short(message)}`;
  return undefined;
}

/** The start of a text, safe to print in a failure list. */
export function short(text: string, length = 160): string {
  const clean = JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);
  return clean.slice(1, -1);
}

/** What a case's run found wrong with a result it accepted: nothing, a wrong result, or data lost. */
export type ResultProblem = undefined | { wrong: string } | { lost: string };

/** One input, ready to run. */
export interface Trial {
  /** What was tried, short (never the input itself): shown in failure lists. */
  label: string;
  /**
   * Runs the input through the code under test. Throws what the product throws; returns what is wrong with an
   * accepted result (or undefined when it is right).
   */
  run(): ResultProblem | Promise<ResultProblem>;
  /** What must stay exactly as it was when the input is refused (a full export of the store and its tables). */
  state?(): Promise<string>;
  /** A refusal must name this (the field that is wrong), when the input's fault is known. */
  names?: RegExp;
  /** When set, a refusal is itself wrong (the input is valid): says why. */
  mustAccept?: string;
  /** When set, acceptance is itself wrong (the input must be refused): says why. */
  mustRefuse?: string;
  /** Checks a refusal's message beyond clarity (e.g. the exact words of a sender refusal). */
  refusal?: (message: string) => string | undefined;
}

export interface Verdict {
  outcome: Outcome;
  detail?: string;
  ms: number;
}

function peakRssMb(): number {
  return resourceUsage().maxRSS / 1024;
}

const TIMED_OUT = Symbol('timed out');

/** Resolves with the work's value, or TIMED_OUT when it is still running after `ms`. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keys on Object.prototype now: an input that adds one has polluted every object of the process. */
function prototypeKeys(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',');
}
const CLEAN_PROTOTYPE = prototypeKeys();

/**
 * Runs one trial and judges it. A hang is a case over CASE_LIMIT_MS (synchronous work cannot be interrupted, so
 * it is judged when it returns; asynchronous work is abandoned at the limit).
 */
export async function judge(trial: Trial, limitMs = CASE_LIMIT_MS): Promise<Verdict> {
  const before = await trial.state?.();
  const rss = peakRssMb();
  const started = performance.now();
  let outcome: Outcome;
  let detail: string | undefined;
  let failure: { error: unknown } | undefined;
  let problem: ResultProblem;
  try {
    const result = await within(
      Promise.resolve().then(() => trial.run()),
      limitMs,
    );
    if (result === TIMED_OUT) return { outcome: 'hang', detail: `still running after ${limitMs} ms`, ms: limitMs };
    problem = result;
  } catch (error) {
    failure = { error };
  }
  const ms = performance.now() - started;
  if (failure) {
    const why = unclear(failure.error, trial.names);
    const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
    const refusalProblem = why ? undefined : trial.refusal?.(message);
    if (why) [outcome, detail] = ['crash', why];
    else if (refusalProblem) [outcome, detail] = ['wrong', refusalProblem];
    else if (trial.mustAccept) [outcome, detail] = ['wrong', `refused (${short(message)}), but ${trial.mustAccept}`];
    else [outcome, detail] = ['clear-error', message];
    const after = await trial.state?.();
    if (before !== after) [outcome, detail] = ['data-lost', `the store changed on refusal (${short(message)})`];
  } else if (problem && 'lost' in problem) [outcome, detail] = ['data-lost', problem.lost];
  else if (problem) [outcome, detail] = ['wrong', problem.wrong];
  else if (trial.mustRefuse) [outcome, detail] = ['wrong', `accepted, but ${trial.mustRefuse}`];
  else outcome = 'accepted';
  if (prototypeKeys() !== CLEAN_PROTOTYPE) [outcome, detail] = ['wrong', 'Object.prototype was polluted'];
  if (ms > limitMs) [outcome, detail] = ['hang', `took ${Math.round(ms)} ms`];
  const grown = peakRssMb() - rss;
  if (grown > MEMORY_LIMIT_MB) [outcome, detail] = ['over-memory', `peak memory grew ${Math.round(grown)} MB`];
  return { outcome, detail, ms };
}

/** The counts of one area (or all), as the README's table shows them. */
export interface Tally {
  kinds: number;
  cases: number;
  clearErrors: number;
  accepted: number;
  crashes: number;
  hangs: number;
  overMemory: number;
  wrong: number;
  dataLost: number;
  /** "kind / label: detail" of each failure. */
  failures: string[];
}

export function emptyTally(): Tally {
  return {
    kinds: 0,
    cases: 0,
    clearErrors: 0,
    accepted: 0,
    crashes: 0,
    hangs: 0,
    overMemory: 0,
    wrong: 0,
    dataLost: 0,
    failures: [],
  };
}

const FIELD: Record<Outcome, keyof Omit<Tally, 'failures' | 'kinds' | 'cases'>> = {
  accepted: 'accepted',
  'clear-error': 'clearErrors',
  crash: 'crashes',
  hang: 'hangs',
  'over-memory': 'overMemory',
  wrong: 'wrong',
  'data-lost': 'dataLost',
};

/** Adds one verdict to a tally. */
export function count(tally: Tally, where: string, verdict: Verdict): void {
  tally.cases += 1;
  tally[FIELD[verdict.outcome]] += 1;
  if (FAILURES.includes(verdict.outcome)) tally.failures.push(`${where}: ${verdict.outcome}: ${verdict.detail}`);
}

/** The sum of tallies. */
export function sum(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    for (const key of Object.keys(FIELD) as Outcome[]) total[FIELD[key]] += tally[FIELD[key]];
    total.kinds += tally.kinds;
    total.cases += tally.cases;
    total.failures.push(...tally.failures);
  }
  return total;
}

/** A family of inputs: a name for the table and failure lists, and its trials (built fresh for each run). */
export interface Kind<Context> {
  name: string;
  trials(context: Context): Iterable<Trial> | AsyncIterable<Trial>;
}

/** One part of the product under fuzz: its kinds, and a fresh context (a store, a service) for each kind. */
export interface Area<Context> {
  /** The row's name in the README's table. */
  name: string;
  context(): Promise<Context>;
  kinds: Kind<Context>[];
}

/**
 * Runs every trial of a kind, one after another, into `tally` (the kind counts once), on a fresh context: what one
 * kind left in the store does not slow or steer the next.
 */
export async function runKind<Context>(area: Area<Context>, kind: Kind<Context>, tally: Tally): Promise<void> {
  const context = await area.context();
  tally.kinds += 1;
  for await (const trial of kind.trials(context)) {
    count(tally, `${kind.name} / ${trial.label}`, await judge(trial));
  }
}

/** Runs a whole area into one tally. */
export async function runArea<Context>(area: Area<Context>): Promise<Tally> {
  const tally = emptyTally();
  for (const kind of area.kinds) await runKind(area, kind, tally);
  return tally;
}
