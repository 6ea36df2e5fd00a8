/**
 * Negation cues and their scope. A cue ("not", "never", "denied", "refused", "lack of") negates the content
 * words that follow it up to the end of its clause; the matcher compares what each side negates.
 */

/** Words that negate what follows them. General English, not tied to any story. */
const CUES = new Set(
  (
    'not no never none nobody nothing neither nor without cannot deny denies denied denying refuse refuses refused ' +
    'refusing reject rejects rejected rejecting unwilling unable fail fails failed failing lack lacks lacked ' +
    'lacking absence dismiss dismissed dismisses rule ruled declined decline declines declining ' +
    // Words that call a claim untrue negate it as much as "not" does.
    'false untrue fake hoax bogus debunk debunks debunked myth'
  ).split(' '),
);

/** Words that end a negation's scope: a new clause starts. */
const CLAUSE_BREAKS = new Set(
  'but although though whereas while because who which whom whose when where if unless since after before'.split(' '),
);

/** At most this many content words fall in one cue's scope. */
const SCOPE = 4;

export interface NegationToken {
  lower: string;
  /** True for a content word (not a stop word). */
  content: boolean;
  /** Index of the token in the sentence. */
  index: number;
  /** Punctuation between this token and the next one ends a clause. */
  clauseEnd: boolean;
  /** A name: names are what a claim is about, not what it negates. */
  proper: boolean;
}

/** True when the token is a negation cue ("don't", "isn't" included). */
export function isNegationCue(lower: string): boolean {
  return CUES.has(lower) || lower.endsWith("n't");
}

/** "ruled out" and "declined to" negate; "rule" alone does not. Returns whether the cue is active here. */
function cueApplies(tokens: readonly NegationToken[], i: number): boolean {
  const word = tokens[i].lower;
  if (word === 'rule' || word === 'ruled') return tokens[i + 1]?.lower === 'out';
  return true;
}

/**
 * Indexes of the tokens that fall in the scope of a negation cue (with the cue's index), and how many cues there are.
 * A double negation within one scope ("not unwilling") cancels out.
 */
export function negationScopes(tokens: readonly NegationToken[]): { negated: Map<number, number>; cues: number } {
  /** Negated token → the cue that negates it. */
  const negated = new Map<number, number>();
  let cues = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNegationCue(tokens[i].lower) || !cueApplies(tokens, i)) continue;
    cues += 1;
    let taken = 0;
    for (let j = i + 1; j < tokens.length && taken < SCOPE; j += 1) {
      if (CLAUSE_BREAKS.has(tokens[j].lower) || tokens[j - 1].clauseEnd) break;
      if (isNegationCue(tokens[j].lower)) break;
      if (tokens[j].content && !tokens[j].proper) {
        if (negated.has(j)) negated.delete(j);
        else negated.set(j, i);
        taken += 1;
      }
    }
  }
  return { negated, cues };
}
