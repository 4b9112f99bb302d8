// The dark-mode button in the app bar (ADR 0340). The layout is static, so this listener, not the circuit, answers it:
// it stores the choice in a cookie for a year and loads the page again, and the server renders the chosen palette from the first
// byte. Attached once to the document, so it survives enhanced navigation.
// What was typed into a static form would be lost with that reload, so it is carried across it in this tab's session
// storage and put back once the page is shown again (ADR 0410).
const cookie = 'paincare-theme';
const carryPrefix = 'paincare:theme-carry:';
const carryKey = () => carryPrefix + location.pathname + location.search;

// Fields a person typed into or chose in a static (posted) form; never passwords, hidden fields or files.
const carriable = (element) =>
  element.name && !element.disabled && element.closest('form[method="post" i]')
  && !['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'].includes(element.type);

const changed = (element) => {
  if (element.type === 'checkbox' || element.type === 'radio') return element.checked !== element.defaultChecked;
  if (element.tagName === 'SELECT') return [...element.options].some((o) => o.selected !== o.defaultSelected);
  return element.value !== element.defaultValue;
};

function carryTypedText() {
  const fields = [...document.querySelectorAll('input, textarea, select')].filter(carriable).filter(changed);
  if (fields.length === 0) return;
  const forms = [...document.forms];
  const entries = fields.map((e) => ({ form: forms.indexOf(e.form), name: e.name, value: e.value, checked: e.checked }));
  try {
    sessionStorage.setItem(carryKey(), JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the reload goes ahead as before.
  }
}

function restoreTypedText() {
  let entries;
  try {
    entries = JSON.parse(sessionStorage.getItem(carryKey()) || 'null');
    // Only the page that was reloaded uses its entry; none is left behind for another.
    Object.keys(sessionStorage).filter((k) => k.startsWith(carryPrefix)).forEach((k) => sessionStorage.removeItem(k));
  } catch {
    return;
  }

  if (!Array.isArray(entries)) return;
  const forms = [...document.forms];
  for (const entry of entries) {
    const form = forms[entry.form];
    const candidates = form ? [...form.elements].filter((e) => e.name === entry.name && carriable(e)) : [];
    for (const element of candidates) {
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.value === entry.value) element.checked = entry.checked;
      } else if (!changed(element)) {
        element.value = entry.value;
      }
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

export function themeToggle() {
  restoreTypedText();
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-theme-toggle]');
    if (!button) {
      return;
    }

    const dark = button.getAttribute('aria-pressed') !== 'true';
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${cookie}=${dark ? 'dark' : 'light'}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    carryTypedText();
    // A GET of the same address, never a re-post of a form that produced this page.
    location.replace(location.href.split('#')[0]);
  });
  // Until this runs, a click on the button does nothing; tests (and nothing else) wait for this mark.
  document.documentElement.dataset.themeToggleReady = '';
}
