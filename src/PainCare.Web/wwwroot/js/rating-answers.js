// The patient's choices on a rating screen are kept in this tab's session storage as they are made, keyed by an opaque
// id the server gives the form (a random id per hand-over or per link, never a name or record id, never in a URL). A
// reload, the Back button or a lost connection then shows the choices again. Only scale numbers are kept.
const prefix = 'paincare:answers:';

// A page that marks itself data-clear-answers (rating received, or the link no longer usable) drops every choice this
// tab kept: nothing remains to restore, and none should linger on a shared device.
function clearAnswers() {
  if (!document.querySelector('[data-clear-answers]')) return;
  try {
    Object.keys(sessionStorage).filter((key) => key.startsWith(prefix)).forEach((key) => sessionStorage.removeItem(key));
  } catch {
    // Storage disabled: nothing was kept.
  }
}

function keepAnswers() {
  clearAnswers();
  document.querySelectorAll('form[data-keep-answers]').forEach((form) => {
    const key = prefix + form.dataset.keepAnswers;
    let kept = {};
    try {
      kept = JSON.parse(sessionStorage.getItem(key) || '{}') || {};
    } catch {
      kept = {};
    }

    // Put back a kept choice only where the server shows none (the server's copy wins).
    Object.entries(kept).forEach(([name, value]) => {
      const group = [...form.querySelectorAll('input[type=radio]')].filter((r) => r.name === name);
      if (group.length > 0 && !group.some((r) => r.checked)) {
        const match = group.find((r) => r.value === String(value));
        if (match) match.checked = true;
      }
    });

    if (form.dataset.keeping) return;
    form.dataset.keeping = 'true';
    form.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      try {
        const current = JSON.parse(sessionStorage.getItem(key) || '{}') || {};
        current[input.name] = input.value;
        sessionStorage.setItem(key, JSON.stringify(current));
      } catch {
        // Storage full or disabled: the form still posts as before.
      }
    });
  });
}

keepAnswers();
// A page restored from the back-forward cache, or patched by an enhanced form post, is checked again.
window.addEventListener('pageshow', keepAnswers);
window.Blazor?.addEventListener?.('enhancedload', keepAnswers);
