/**
 * English function words that carry no topic of their own: articles, pronouns, prepositions, conjunctions,
 * auxiliaries and a few very general adverbs. A general list, as in common search-engine stop lists.
 * nb. Negations ("no", "not", "never", "nor") are stop words here too: code that needs polarity must look for
 * them itself before dropping stop words.
 */
const STOP_WORDS = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am ' +
    'among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at be because ' +
    'been before beforehand behind being below beside besides between beyond both but by can cannot could did do ' +
    'does doing done down during each either else elsewhere enough etc even ever every everybody everyone ' +
    'everything everywhere few for former formerly from further had has have having he hence her here hereafter ' +
    'hereby herein hers herself him himself his how however i ie if in indeed into is it its itself just latter ' +
    'latterly least less many may me meanwhile might mine more moreover most mostly much must my myself neither ' +
    'never nevertheless no nobody none noone nor not nothing now nowhere of off often on once one only onto or other ' +
    'others otherwise our ours ourselves out over own per perhaps quite rather regarding same shall she should since so some ' +
    'somebody somehow someone something sometime sometimes somewhere still such than that the their theirs them ' +
    'themselves then thence there thereafter thereby therefore therein thereupon these they this those though ' +
    'through throughout thru thus to together too toward towards under unless until up upon us very via was we well ' +
    'were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether ' +
    'which while whither who whoever whole whom whose why will with within without would yet you your yours ' +
    "yourself yourselves i'm i've i'd i'll you're you've you'd you'll he's she's it's we're we've we'd we'll " +
    "they're they've they'd they'll that's there's here's what's who's let's isn't aren't wasn't weren't hasn't " +
    "haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't couldn't mustn't mightn't"
  ).split(' '),
);

/** True for an English stop word (case-insensitive; a curly apostrophe counts as a straight one). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(/\u2019/g, "'"));
}
