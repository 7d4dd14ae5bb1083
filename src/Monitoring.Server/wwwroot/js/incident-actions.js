// The four actions of the workspace (investigate, root cause, note, close), each a small form. The
// actor is the operator's name kept in the tab (js/session.js); refusals show the API's problem.

import { $ } from './dom.js';
import { operatorName } from './session.js';

export function wireActions({ api, currentId, onDone }) {
  for (const form of $('incident-actions').querySelectorAll('form[data-action]')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const incidentId = currentId();
      if (!incidentId) return;
      const body = { by: operatorName() };
      for (const field of form.querySelectorAll('[name]')) body[field.name] = field.value;
      const error = $('action-error');
      error.hidden = true;
      const button = form.querySelector('button');
      button.disabled = true;
      try {
        const incident = await api.act(incidentId, form.dataset.action, body);
        for (const field of form.querySelectorAll('textarea')) field.value = '';
        await onDone(incident, form.dataset.action);
      } catch (e) {
        error.textContent = e.status === 409
          ? `Not allowed: the incident is ${e.problem?.currentStatus ?? 'in another state'}. ${e.problem?.detail ?? ''}`
          : e.message;
        error.dataset.status = String(e.status ?? '');
        error.hidden = false;
      } finally {
        button.disabled = $('incident-detail').dataset.status === 'closed';
      }
    });
  }
}
