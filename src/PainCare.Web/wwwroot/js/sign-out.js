// Signing out clears the narrative copies this device kept (js/narrative-editor.js), so the next person to use a shared
// clinic computer cannot read them. The sign-out response also sends Clear-Site-Data for browsers that honour it.
document.addEventListener('submit', (event) => {
  if (!(event.target instanceof HTMLFormElement) || !event.target.matches('form.sign-out')) return;
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('paincare:')) localStorage.removeItem(key);
    }
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}, true);
