/**
 * The vi.mock factory body shared by component tests: `sendMessage` forwards to whatever fake background the
 * test installed in `holder`.
 */
import type { FakeBackground } from './fake-background';

export interface BackgroundHolder {
  current: FakeBackground | null;
}

/** A module shaped like '@/messaging/protocol' whose sendMessage goes to `holder.current`. */
export function protocolMock(holder: BackgroundHolder) {
  return {
    sendMessage: (type: never, data?: unknown, target?: unknown) => {
      if (!holder.current) throw new Error('No fake background installed.');
      return holder.current.send(type, data, target);
    },
  };
}
