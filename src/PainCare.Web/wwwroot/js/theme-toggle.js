// The dark-mode button in the app bar (ADR 0340). The layout is static, so this listener, not the circuit, answers it:
// it stores the choice in a cookie for a year and loads the page again, and the server renders the chosen palette from the first
// byte. Attached once to the document, so it survives enhanced navigation.
const cookie = 'paincare-theme';

export function themeToggle() {
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-theme-toggle]');
    if (!button) {
      return;
    }

    const dark = button.getAttribute('aria-pressed') !== 'true';
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${cookie}=${dark ? 'dark' : 'light'}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    // A GET of the same address, never a re-post of a form that produced this page.
    location.replace(location.href.split('#')[0]);
  });
  // Until this runs, a click on the button does nothing; tests (and nothing else) wait for this mark.
  document.documentElement.dataset.themeToggleReady = '';
}
