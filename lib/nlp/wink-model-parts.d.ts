/** The small code parts of wink-eng-lite-web-model that lib/nlp/wink-model.ts imports (the package types only its entry). */
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/pos-setter.js' {
  const setter: unknown;
  export default setter;
}
declare module 'wink-eng-lite-web-model/dist/pos-transformers.js' {
  const transformers: unknown[];
  export default transformers;
}
declare module 'wink-eng-lite-web-model/dist/pos-updater.js' {
  const updater: unknown;
  export default updater;
}
