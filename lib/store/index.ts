/**
 * The reference store: a Dexie database (db.ts) and the in-memory index kept in step with it (library.ts).
 * Every operation is a function over a Library (or the database), so tests run them on fake-indexeddb.
 * Needs IndexedDB; no other browser globals.
 */
export {
  addClaims,
  type ClaimQuery,
  deleteClaim,
  editClaim,
  type ListedClaim,
  listClaims,
  MY_CLAIMS_ID,
  restore,
} from './claims';
export { ClaimLensDb, DB_NAME, openStore } from './db';
export { isQuotaError, StoreError } from './errors';
export {
  clearFeedback,
  dropRejected,
  markNotAMatch,
  pageKey,
  rejectedOn,
  sentenceKey,
  withoutRejected,
} from './feedback';
export { finishRegroup } from './grouping';
export { type Library, type LoadReport, loadLibrary } from './library';
export {
  getPack,
  isPackSource,
  listPacks,
  removePack,
  replacePackClaims,
  savePack,
  setPackEnabled,
} from './packs';
export { currentRevision } from './revision';
export { installSeeds, resetSeeds } from './seeds';
export { DEFAULT_SETTINGS, getSettings, isPausedSite, setSettings, siteOf } from './settings';
export { writeSnapshot } from './snapshot';
export { addArticle, deleteSource, listSources, type NewArticle, setSourceEnabled, sourceSummary } from './sources';
export { exportReferences, importReferences } from './transfer';
