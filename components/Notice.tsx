/**
 * A message line: errors are announced at once (role=alert), other news politely (role=status).
 */
import type { ComponentChildren } from 'preact';

export interface NoticeProps {
  kind: 'error' | 'success' | 'info';
  children: ComponentChildren;
}

export function Notice({ kind, children }: NoticeProps) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
