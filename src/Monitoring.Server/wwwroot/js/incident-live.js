// The workspace's live feed: one SignalR connection subscribed to the incident events of what the
// page shows (incidents: true): the filtered site, or the whole tenant when no site is filtered, and
// the open incident's site when that is another one. Alerts, site summaries and guard updates never
// reach it. After any reconnect the subscriptions are made again and the page reloads what it shows
// (the gap is small and the list is cheap to read).

import { hubHeaders } from './api.js';

const RETRY_MS = [0, 1000, 2000, 5000, 10000];
const RESTART_MS = 5000;

// One subscription's key: a site id, or '' for the whole tenant.
const request = (site) => (site ? { siteId: site, incidents: true } : { incidents: true });

export function connectIncidents({ getKey, onIncident, onStatus, onReconnected }) {
  let listSite = '';
  let openSite = null;
  let joined = new Set();
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

  // The whole tenant covers every site; a filtered list also needs the open incident's site.
  const wanted = () => new Set(listSite && openSite && openSite !== listSite ? [listSite, openSite] : [listSite]);

  // Joins what is wanted and leaves the rest; fresh: after a (re)connect, when nothing is joined.
  async function sync(fresh) {
    if (fresh) joined = new Set();
    const next = wanted();
    for (const site of next) {
      if (!joined.has(site)) await connection.invoke('Subscribe', request(site));
    }
    for (const site of joined) {
      if (!next.has(site)) await connection.invoke('Unsubscribe', request(site));
    }
    joined = next;
  }
  // One change of subscriptions at a time, in the order asked.
  let queue = Promise.resolve();
  const serial = (fresh) => (queue = queue.catch(() => {}).then(() => sync(fresh)));
  const subscribe = () => serial(true);

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

  const resync = async () => {
    if (connection.state === signalR.HubConnectionState.Connected) await serial(false);
  };

  return {
    /** The list's site filter ('' or null: the whole tenant). */
    async setSite(next) {
      listSite = next || '';
      await resync();
    },
    /** The open incident's site (null: none open). */
    async setOpenSite(next) {
      openSite = next || null;
      await resync();
    },
    stop() {
      stopped = true;
      return connection.stop();
    },
  };
}
