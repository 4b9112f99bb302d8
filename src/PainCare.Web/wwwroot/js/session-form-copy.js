// "Record a session" is a static form: if the sign-in has lapsed when Save is pressed, the post ends on the sign-in page
// and what was typed would be gone. What is typed is kept in this tab's session storage, keyed by patient (never in a
// URL), put back when the form is shown empty again after signing in, and dropped once the session is saved (the
// narrative editor drops it when it opens that patient's session holding the same text) or the form is cancelled.
const prefix = 'paincare:new-session:';

export const normalise = (text) => (text || '').replace(/\r\n?/g, '\n');

export function dropSessionFormCopy(patientId, savedText) {
  try {
    const copy = JSON.parse(sessionStorage.getItem(prefix + patientId) || 'null');
    if (copy && normalise(copy['Input.Narrative']) === normalise(savedText)) sessionStorage.removeItem(prefix + patientId);
  } catch {
    // Storage disabled or a damaged copy: nothing to drop.
  }
}

export function keepSessionForm() {
  const form = document.querySelector('form[data-keep-copy]');
  if (!form || form.dataset.keeping) return;
  form.dataset.keeping = 'true';
  const key = prefix + form.dataset.keepCopy;
  const fields = () => [...form.elements].filter((e) => e.name && e.name.startsWith('Input.'));
  const narrative = form.elements.namedItem('Input.Narrative');
  const status = form.querySelector('[data-copy-status]');

  try {
    const copy = JSON.parse(sessionStorage.getItem(key) || 'null');
    if (copy && narrative && !narrative.value && copy['Input.Narrative']) {
      fields().forEach((e) => { if (e.name in copy) e.value = copy[e.name]; });
      if (status) status.textContent = 'Restored what you had typed here before signing in again. It is not saved until you press Save session.';
    }
  } catch {
    // A damaged copy is ignored; the form stays as the server sent it.
  }

  const keep = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify(Object.fromEntries(fields().map((e) => [e.name, e.value]))));
    } catch {
      // Storage full or disabled: the form still posts as before.
    }
  };
  // Words typed before this script attached (a slow load) are kept at once, not only at the next keystroke.
  if (narrative?.value) keep();
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  form.querySelector('[data-drop-copy]')?.addEventListener('click', () => sessionStorage.removeItem(key));
}
