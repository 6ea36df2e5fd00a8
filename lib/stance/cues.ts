/**
 * Words by which a sentence that reports a claim shows where it stands: hedges (it may be so), reporting
 * verbs (someone says so), refutations (it is not so), confirmations (it is so), plain negations and
 * question words. General English, written for ClaimLens and not drawn from any data set; the stance model
 * learns how much each group (and each word) counts.
 */
import { tokenizeWords } from '../features/tokens';

/** The cue groups, in the order their counts are reported. */
export const CUE_GROUPS = ['hedge', 'reporting', 'refuting', 'confirming', 'negation', 'question'] as const;

export type CueGroup = (typeof CUE_GROUPS)[number];

/** Cue words and phrases of each group, lower case; a phrase is written with spaces ("no evidence"). */
export const CUES: Record<CueGroup, readonly string[]> = {
  // Uncertainty: the sentence does not commit to the claim.
  hedge: words(
    'may,might,could,possibly,perhaps,maybe,reportedly,allegedly,apparently,supposedly,purportedly,seemingly,' +
      'likely,probably,rumor,rumors,rumour,rumours,rumored,rumoured,speculation,speculate,speculates,' +
      'unconfirmed,unverified,believed,suspected,appears,appear,seems,seem,potential,potentially,possible,' +
      'expected,whether,mulls,mulling,considering,weighs,eyes,set to,poised to,in talks,said to be,thought to be',
  ),
  // Someone else says it: the sentence reports a statement rather than a fact.
  reporting: words(
    'says,say,said,claims,claim,claimed,claiming,report,reports,reported,according to,sources,source,told,tells,' +
      'tweets,tweeted,alleges,alleged,insists,suggests,suggest,quoted,cites,citing,announces,statement,warns,' +
      'believes,thinks,accuses,accused,admits,argues,via,interview',
  ),
  // The sentence calls the claim untrue or says someone rejects it.
  refuting: words(
    'fake,fakes,faked,hoax,hoaxes,false,falsely,untrue,deny,denies,denied,denial,debunk,debunks,debunked,' +
      'debunking,myth,bogus,fabricated,fabrication,fiction,fictional,satire,satirical,parody,spoof,prank,scam,lie,' +
      'lies,lied,nonsense,wrong,misleading,incorrect,refute,refutes,refuted,dismiss,dismisses,dismissed,reject,' +
      'rejects,rejected,rubbish,baseless,unfounded,doctored,photoshopped,phony,phoney,not true,no evidence,' +
      'not real,dispel,dispels,busted,fact check,retract,retracts,retracted,correction,clarifies,contrary,' +
      'actually,truth,misreported,misinterpreted',
  ),
  // The sentence vouches for the claim.
  confirming: words(
    'confirm,confirms,confirmed,confirmation,official,officially,proof,proves,proven,verified,verifies,' +
      'revealed,reveals,reveal,indeed,announced,admitted,true,real,evidence,finally',
  ),
  // Any word ending in "n't" counts too (see findCues).
  negation: words('not,no,never,none,nothing,nobody,neither,nor,without,cannot'),
  question: words('what,why,how,who,whether,is it,did,does,do,can,will,should,are'),
};

/** A comma-separated list of cue words and phrases, lower case and with straight apostrophes. */
function words(csv: string): readonly string[] {
  return csv
    .split(',')
    .map((cue) => cue.trim().toLowerCase().replace(/’/g, "'"))
    .filter((cue) => cue !== '');
}

/** Words a question opens with: only at the start do they make the sentence a question. */
const OPENING_ONLY = new Set(CUES.question);

/** The cues found in a sentence, per group: each cue word or phrase once, in the order of the group's list. */
export interface CueMatches {
  /** Distinct cues of each group found in the sentence. */
  found: Record<CueGroup, string[]>;
  /** The sentence ends with, or contains, a question mark. */
  questionMark: boolean;
}

/** Finds the cue words and phrases of every group in a sentence (case, curly quotes and "n't" forms aside). */
export function findCues(sentence: string): CueMatches {
  const tokens = tokenizeWords(sentence).map((token) => token.lower);
  const joined = ` ${tokens.join(' ')} `;
  const found = Object.fromEntries(CUE_GROUPS.map((group) => [group, [] as string[]])) as Record<CueGroup, string[]>;
  for (const group of CUE_GROUPS) {
    for (const cue of CUES[group]) {
      if (group === 'question' && OPENING_ONLY.has(cue)) {
        if (joined.startsWith(` ${cue} `)) found[group].push(cue);
      } else if (joined.includes(` ${cue} `)) found[group].push(cue);
    }
  }
  if (tokens.some((token) => token.endsWith("n't")) && !found.negation.includes("n't")) found.negation.push("n't");
  return { found, questionMark: sentence.includes('?') };
}
