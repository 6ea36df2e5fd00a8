/** Common English function words: they carry no claim on their own. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then else of at by for with about against between into through during before after ' +
    'above below to from up down in out on off over under again further once here there when where why how all ' +
    'any both each few more most other some such only own same so than too very can will just should now i me my ' +
    'myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its ' +
    'itself they them their theirs themselves what which who whom this that these those am is are was were be been ' +
    'being have has had having do does did doing would could might must shall may also as s t its per via amid ' +
    'among upon onto within without toward towards whether while until unless although though because since yet ' +
    'said says say told according one another many much whose'
  ).split(' '),
);
