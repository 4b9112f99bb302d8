// Static forms that do something final (disable a user, end their sessions) carry data-confirm: the first submit opens a
// modal dialog that names what will happen, and only "confirm" posts the form. Runs in the capture phase, before the
// submit-once guard, which ignores a submit this cancels. The dialog is a native <dialog>: focus is held inside and
// Escape cancels.
let installed = false;

function ask(form, submitter) {
  const dialog = document.createElement('dialog');
  dialog.className = 'confirm-dialog';
  dialog.setAttribute('aria-labelledby', 'confirm-dialog-title');
  const title = document.createElement('h2');
  title.id = 'confirm-dialog-title';
  title.textContent = form.dataset.confirm;
  const detail = document.createElement('p');
  detail.textContent = form.dataset.confirmDetail || '';
  const actions = document.createElement('div');
  actions.className = 'confirm-dialog-actions';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'confirm-cancel';
  cancel.textContent = 'Cancel';
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.className = 'confirm-go';
  confirm.textContent = form.dataset.confirmButton || (submitter ? submitter.textContent.trim() : 'Confirm');
  actions.append(cancel, confirm);
  dialog.append(title, detail, actions);
  document.body.append(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', () => {
    dialog.close();
    form.dataset.confirmed = 'true';
    form.requestSubmit(submitter || undefined);
  });
  dialog.showModal();
  cancel.focus();
}

export function confirmSubmit() {
  if (installed) return;
  installed = true;
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
    if (form.dataset.confirmed) {
      delete form.dataset.confirmed;
      return;
    }
    event.preventDefault();
    ask(form, event.submitter);
  }, true);
  // Says the guard is in place: a form posted before this ran (the page still starting) is not confirmed.
  document.documentElement.dataset.confirmReady = 'true';
}
