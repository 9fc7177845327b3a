import { describe, expect, it } from 'vitest';
import * as mainChannels from '../../electron/main/channels';
import * as preloadChannels from '../../electron/preload/channels';

describe('IPC channel names', () => {
  it('are the same on both sides of the bridge', () => {
    expect(preloadChannels).toEqual(mainChannels);
    expect(Object.keys(preloadChannels).sort()).toEqual(['EVENT_CHANNEL', 'INVOKE_CHANNEL', 'SUBSCRIBE_CHANNEL', 'UNSUBSCRIBE_CHANNEL']);
  });
});
