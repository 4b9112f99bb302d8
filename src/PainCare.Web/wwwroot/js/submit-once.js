// A double click on a static form's submit button would post it twice. The first submit marks the form as sent and
// disables its buttons; a second is ignored. The server guards too (Features/Shared/SubmissionGuard.cs); this only spares
// the second request. Interactive forms guard themselves in their components. The button pressed (or the form's first)
// is marked busy: app.css shows a spinner in it if the answer takes longer than 300 ms (issue 14), so a quick save
// does not flicker and a slow one (a vignette's final scan, a sign-in) shows it is working.
let installed = false;

export function submitOnce() {
  if (installed) return;
  installed = true;
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented || (form.getAttribute('method') || '').toLowerCase() !== 'post') return;
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'true';
    const busy = event.submitter instanceof HTMLButtonElement ? event.submitter : form.querySelector('button[type=submit], button:not([type])');
    busy?.classList.add('pc-busy');
    form.setAttribute('aria-busy', 'true');
    // After this event, so the clicked button's own name and value are still posted.
    setTimeout(() => form.querySelectorAll('button[type=submit], button:not([type])').forEach((b) => { b.disabled = true; }), 0);
  });
  // A page restored by the back button shows the form as it was left: usable again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.querySelectorAll('form[data-sent]').forEach((form) => {
      delete form.dataset.sent;
      form.removeAttribute('aria-busy');
      form.querySelectorAll('.pc-busy').forEach((b) => b.classList.remove('pc-busy'));
      form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    });
  });
}
