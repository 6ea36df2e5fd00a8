/** Packs: published reference sets a reader subscribes to (issue #16). Runs anywhere: background, CLI, tests. */

export {
  type DownloadOptions,
  downloadPack,
  PACK_REQUEST,
  PACK_TIMEOUT_MS,
  type PackDownload,
  type PackValidators,
} from './download';
export { PackError } from './errors';
export {
  buildPackDocument,
  openPack,
  type PackKind,
  type PackMeta,
  type ParsedPack,
  packSteps,
  readPack,
} from './format';
export { decidePin, type KeyPin, type PinDecision } from './pinning';
export {
  newSubscription,
  type PackSubscription,
  packScopedId,
  type RefreshDeps,
  type RefreshOutcome,
  refreshSubscription,
  scopeArticles,
} from './refresh';
export { DEFAULT_REFRESH_MINUTES, isDue, originPermission, PACK_ALARM } from './schedule';
export {
  checkPackSignature,
  generatePackKey,
  type PackPrivateKey,
  parsePublicKey,
  readPrivateKey,
  SIGNATURE_FIELD,
  type SignatureCheck,
  signedBytes,
  signPackDocument,
} from './signature';
export { type PackLink, parsePackLink } from './url';
