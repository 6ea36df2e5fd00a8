/** A sentence with its differing words marked; the text is rendered as text, never as HTML. */
import type { Piece } from '@/lib/compare/highlight';

export function Highlighted({ pieces }: { pieces: Piece[] }) {
  return (
    <>{pieces.map((piece) => (piece.kind === 'plain' ? piece.text : <mark class={piece.kind}>{piece.text}</mark>))}</>
  );
}
