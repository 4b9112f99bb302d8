// The navigation drawer on narrow screens. The layout is rendered statically (ADR 0200), so this listener, not the
// circuit, opens and closes it; it is attached once to the document and so survives enhanced navigation.
const drawer = () => document.getElementById('app-drawer');
const toggle = () => document.querySelector('[data-nav-toggle]');

const setOpen = (open) => {
  drawer()?.classList.toggle('pc-drawer-open', open);
  toggle()?.setAttribute('aria-expanded', open ? 'true' : 'false');
};

export function navDrawer() {
  document.addEventListener('click', (event) => {
    const panel = drawer();
    if (!panel) {
      return;
    }

    if (event.target.closest('[data-nav-toggle]')) {
      setOpen(!panel.classList.contains('pc-drawer-open'));
    } else if (panel.classList.contains('pc-drawer-open') && (event.target.closest('#app-drawer a') || !panel.contains(event.target))) {
      setOpen(false);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && drawer()?.classList.contains('pc-drawer-open')) {
      setOpen(false);
      toggle()?.focus();
    }
  });
}
