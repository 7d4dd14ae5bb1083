// What the page does with silences: loads those in force or to come, takes live ones, creates one from
// the form and expires one early. The store keeps the selected site's and the tenant-wide ones.

const LISTED = ['active', 'pending'];

const items = (result) => (Array.isArray(result) ? result : result?.items ?? []);

export function silenceActions({ api, store, panel, render, scheduleRender, toast, handleError, actingAs }) {
  const asked = new Set();

  /** Takes a silence; true when the store did (it applies to the site and is not stale). */
  function put(silence) {
    const before = store.silences.get(silence?.silenceId);
    const beforeStatus = before ? store.silenceStatus(before) : undefined;
    if (store.putSilence(silence) === null) return false;
    panel.noticed(silence, beforeStatus, store.silenceStatus(silence));
    return true;
  }

  async function fetchAll(statuses) {
    const lists = await Promise.all(statuses.map((status) => api.silences(status)));
    return lists.flatMap(items);
  }

  /** Loads the listed silences again; one held in force that is no longer listed ended meanwhile. */
  async function refresh() {
    const siteId = store.siteId;
    if (!siteId) return;
    try {
      const listed = await fetchAll(LISTED);
      if (store.siteId !== siteId) return;
      listed.forEach(put);
      const ids = new Set(listed.map((s) => s.silenceId));
      const missed = [...store.silences.values()].some((s) => !ids.has(s.silenceId) && store.silenceStatus(s) !== 'expired');
      if (missed) (await fetchAll(['expired'])).forEach(put);
      panel.unavailable(null);
    } catch (error) {
      if (store.siteId !== siteId) return;
      panel.unavailable(error.status === 403 ? 'This key may not read silences.'
        : error.status === 404 ? 'This server does not offer silences.'
          : `Could not load the silences: ${error.message}`);
      if (error.status === 401) handleError(error, 'Could not load the silences');
    }
    scheduleRender();
  }

  /** An alert names a silence the page does not hold (tenant-wide and missed, or already over): asked for once. */
  function need(silenceId) {
    if (asked.has(silenceId)) return;
    asked.add(silenceId);
    api.silence(silenceId)
      .then((silence) => put(silence) && scheduleRender())
      .catch(() => {});
  }

  /** The form's submit; errors go back to the form, which shows them next to their fields. */
  async function create(body) {
    let created;
    try {
      created = await api.createSilence(body);
    } catch (error) {
      if (error.status === 401) handleError(error, 'Could not create the silence');
      throw error;
    }
    put(created);
    render();
    toast('Silence created: the alerts it matches are not notified until it ends.', 'ok');
  }

  async function expire(silence) {
    try {
      const ended = await api.expireSilence(silence.silenceId, actingAs());
      if (ended?.silenceId) put(ended);
      else await refresh();
      render();
      toast('Silence expired: the alerts it matched are notified again.', 'ok');
    } catch (error) {
      if (error.status === 403) {
        toast('Not done: only an admin key may expire a silence early, and this key is not one.', 'error');
      } else if (error.status === 404 || error.status === 409) {
        toast(`Not done: ${error.message}`, 'warn');
        refresh();
      } else {
        handleError(error, 'Could not expire the silence');
      }
    }
  }

  return { put, refresh, need, create, expire };
}
