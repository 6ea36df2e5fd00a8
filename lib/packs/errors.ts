/** Why a pack was refused: one line in plain words, shown by the CLI and (later) in the popup. */
export class PackError extends Error {
  override name = 'PackError';
}
