// A double click on a static form's submit button would post it twice. The first submit marks the form as sent and
// disables its buttons; a second is ignored. The server guards too (Features/Shared/SubmissionGuard.cs); this only spares
// the second request. Interactive forms guard themselves in their components.
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
    // After this event, so the clicked button's own name and value are still posted.
    setTimeout(() => form.querySelectorAll('button[type=submit], button:not([type])').forEach((b) => { b.disabled = true; }), 0);
  });
  // A page restored by the back button shows the form as it was left: usable again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.querySelectorAll('form[data-sent]').forEach((form) => {
      delete form.dataset.sent;
      form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    });
  });
}
