// The workspace's live feed: one SignalR connection subscribed to the tenant (or the filtered site),
// passing on incident_opened and incident_updated. After any reconnect the subscription is made
// again and the page reloads what it shows (the gap is small and the list is cheap to read).

import { hubHeaders } from './api.js';

const RETRY_MS = [0, 1000, 2000, 5000, 10000];
const RESTART_MS = 5000;

export function connectIncidents({ getKey, onIncident, onStatus, onReconnected }) {
  let siteId = null;
  let stopped = false;
  const key = () => getKey() ?? '';
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('hubs/monitoring', { accessTokenFactory: key, headers: hubHeaders(key()) })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => RETRY_MS[Math.min(c.previousRetryCount, RETRY_MS.length - 1)] })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  const deliver = (envelope) => {
    if (envelope?.type === 'incident_opened' || envelope?.type === 'incident_updated') onIncident(envelope.data, envelope.type);
  };
  connection.on('event', deliver);
  connection.on('events', (batch) => (batch ?? []).forEach(deliver));

  const subscribe = () => connection.invoke('Subscribe', siteId ? { siteId } : {});

  async function begin() {
    if (stopped) return;
    onStatus('connecting', 'connecting');
    try {
      await connection.start();
      await subscribe();
      onStatus('live', 'live');
      onReconnected();
    } catch (error) {
      onStatus('offline', `offline: ${error?.message ?? error}`);
      setTimeout(begin, RESTART_MS);
    }
  }

  connection.onreconnecting(() => onStatus('reconnecting', 'reconnecting'));
  connection.onreconnected(async () => {
    try {
      await subscribe();
      onStatus('live', 'live');
      onReconnected();
    } catch (error) {
      onStatus('offline', `offline: ${error?.message ?? error}`);
    }
  });
  connection.onclose(() => {
    if (!stopped) setTimeout(begin, RESTART_MS);
  });
  begin();

  return {
    /** Moves the subscription to one site (null: the whole tenant). */
    async setSite(next) {
      const previous = siteId;
      siteId = next || null;
      if (connection.state !== signalR.HubConnectionState.Connected || previous === siteId) return;
      await connection.invoke('Unsubscribe', previous ? { siteId: previous } : {});
      await subscribe();
    },
    stop() {
      stopped = true;
      return connection.stop();
    },
  };
}
