// The guard page's live feed: one SignalR connection subscribed to the guard's group. It only says
// "something about this guard changed"; the page then reads the guard and its history again.

import { hubHeaders } from './api.js';

const RETRY_MS = [0, 1000, 2000, 5000, 10000];

export function followGuard({ guardId, getKey, onEnvelope, onStatus, onReconnected }) {
  const key = () => getKey() ?? '';
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('hubs/monitoring', { accessTokenFactory: key, headers: hubHeaders(key()) })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => RETRY_MS[Math.min(c.previousRetryCount, RETRY_MS.length - 1)] })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on('event', onEnvelope);
  connection.on('events', (batch) => batch.forEach(onEnvelope));

  const subscribe = async () => {
    await connection.invoke('Subscribe', { guardId });
    onStatus('live', 'live');
  };
  connection.onreconnecting(() => onStatus('reconnecting', 'reconnecting'));
  connection.onreconnected(async () => {
    await subscribe();
    onReconnected();
  });

  let attempt = 0;
  const start = async () => {
    onStatus('connecting', 'connecting');
    try {
      await connection.start();
      attempt = 0;
      await subscribe();
    } catch (error) {
      onStatus('offline', `offline: ${error?.message ?? error}`);
      setTimeout(start, Math.min(15000, 1000 * 2 ** attempt++));
    }
  };
  connection.onclose(() => setTimeout(start, 1000));
  start();
  return connection;
}
