// A Blazor JavaScript initializer: blazor.web.js imports this module on every page, so the static (server-rendered)
// forms get their small helpers without a script tag in each page, and again after every enhanced navigation.
import { keepSessionForm } from './js/session-form-copy.js';
import { countCharacters } from './js/character-count.js';
import { submitOnce } from './js/submit-once.js';
import { confirmSubmit } from './js/confirm-submit.js';
import { navDrawer } from './js/nav-drawer.js';
import { themeToggle } from './js/theme-toggle.js';

const enhance = () => {
  keepSessionForm();
  countCharacters();
};

export function afterWebStarted(blazor) {
  confirmSubmit();
  submitOnce();
  navDrawer();
  themeToggle();
  enhance();
  blazor.addEventListener('enhancedload', enhance);
}
