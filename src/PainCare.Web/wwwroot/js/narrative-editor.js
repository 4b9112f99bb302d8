// The narrative editor's safety net. Typing never waits for the server: every keystroke is mirrored to this device's
// local storage, and the draft is sent to the server 1.2 s after the clinician pauses, on blur, on Ctrl+S and when the
// page is hidden. The status line says only what is true: saved (with the time), saving, or kept on this device.
const pauseBeforeSave = 1200;
const retryWhileOffline = 5000;
const callTimeout = 10000;
// The circuit accepts messages of at most 32 KB; longer texts travel as a stream, which Blazor sends in chunks.
const largestDirectText = 8000;
const maxSelection = 2000;

const asStream = (text) => DotNet.createJSStreamReference(new TextEncoder().encode(text));
const sendText = (dotNet, text, revision) => text.length <= largestDirectText
  ? dotNet.invokeMethodAsync('SaveDraft', text, revision)
  : dotNet.invokeMethodAsync('SaveDraftStream', asStream(text), revision);

export function attach(textarea, status, dotNet, storageKey, revision) {
  const state = { revision, lastSaved: textarea.value, timer: 0, saving: false, again: false, offline: false, stopped: false };

  const show = (kind, text) => {
    status.dataset.state = kind;
    status.textContent = text;
  };
  const keepLocally = () => {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ text: textarea.value, revision: state.revision, at: Date.now() }));
    } catch {
      // Storage full or disabled: the server copy is then the only copy, and the status line still tells the truth.
    }
  };
  const forget = () => localStorage.removeItem(storageKey);
  const schedule = (delay) => {
    clearTimeout(state.timer);
    state.timer = setTimeout(save, delay);
  };

  async function save() {
    clearTimeout(state.timer);
    if (state.stopped) return;
    if (state.saving) {
      state.again = true;
      return;
    }
    const text = textarea.value;
    if (text === state.lastSaved && !state.offline) {
      forget();
      return;
    }
    state.saving = true;
    show('saving', 'Saving…');
    try {
      const result = await Promise.race([
        sendText(dotNet, text, state.revision),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), callTimeout)),
      ]);
      state.offline = false;
      if (result.status === 'saved') {
        state.revision = result.revision;
        state.lastSaved = text;
        if (textarea.value === text) forget(); else keepLocally();
        show('saved', 'Saved ' + new Date(result.savedAt).toLocaleTimeString());
      } else if (result.status === 'conflict') {
        state.stopped = true;
        show('conflict', 'Not saved: changed elsewhere. Choose below; your text is kept on this device.');
      } else {
        show('refused', result.message || 'Not saved.');
      }
    } catch {
      state.offline = true;
      keepLocally();
      show('offline', 'Offline — kept on this device');
      schedule(retryWhileOffline);
    } finally {
      state.saving = false;
      if (state.again) {
        state.again = false;
        schedule(0);
      }
    }
  }

  const onInput = () => {
    keepLocally();
    if (!state.stopped) show('unsaved', 'Not saved yet');
    schedule(pauseBeforeSave);
  };
  const onKey = (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      save();
    } else if (e.altKey && e.key >= '1' && e.key <= '5') {
      e.preventDefault();
      dotNet.invokeMethodAsync('StartObservation', Number(e.key) - 1, selection());
    }
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') save();
  };
  const selection = () => ({
    start: textarea.selectionStart,
    text: textarea.value.substring(textarea.selectionStart, Math.min(textarea.selectionEnd, textarea.selectionStart + maxSelection)),
  });

  // A layer behind the (transparent) textarea, used to highlight a passage without moving focus or the caret.
  const backdrop = document.createElement('div');
  backdrop.className = 'narrative-backdrop';
  backdrop.setAttribute('aria-hidden', 'true');
  backdrop.hidden = true;
  textarea.before(backdrop);
  const syncScroll = () => { backdrop.scrollTop = textarea.scrollTop; };
  textarea.addEventListener('scroll', syncScroll);
  const locate = (start, words) => {
    let at = textarea.value.indexOf(words, Math.max(0, start - 200));
    return at < 0 ? textarea.value.indexOf(words) : at;
  };

  textarea.addEventListener('input', onInput);
  textarea.addEventListener('blur', save);
  textarea.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', save);

  // Restore what this device kept after a crash, a lost connection or a closed tab.
  let pendingLocal = null;
  try {
    pendingLocal = JSON.parse(localStorage.getItem(storageKey) || 'null');
  } catch {
    pendingLocal = null;
  }
  if (pendingLocal && pendingLocal.text !== textarea.value) {
    if (pendingLocal.revision === revision) {
      textarea.value = pendingLocal.text;
      show('unsaved', 'Restored from this device — saving…');
      schedule(0);
    } else {
      state.stopped = true;
      show('conflict', 'This device holds a different version. Choose below; nothing is lost.');
      dotNet.invokeMethodAsync('LocalCopyConflicts', asStream(pendingLocal.text));
    }
  } else {
    if (pendingLocal) forget();
    show('saved', revision > 0 ? 'All changes saved' : 'Nothing written yet');
  }

  return {
    flush: () => save(),
    textStream: () => new TextEncoder().encode(textarea.value),
    selection,
    // After a conflict is resolved: the editor continues from the chosen text and revision.
    reset: (text, newRevision) => {
      textarea.value = text;
      state.revision = newRevision;
      state.lastSaved = text;
      state.stopped = false;
      state.offline = false;
      forget();
      show('saved', 'Saved ' + new Date().toLocaleTimeString());
    },
    reveal: (start, text) => {
      const at = locate(start, text);
      if (at < 0) return false;
      textarea.focus();
      textarea.setSelectionRange(at, at + text.length);
      return true;
    },
    focus: () => textarea.focus(),
    highlight: (start, words) => {
      const at = locate(start, words);
      if (at < 0) return;
      const mark = document.createElement('mark');
      mark.textContent = textarea.value.substring(at, at + words.length);
      backdrop.replaceChildren(textarea.value.substring(0, at), mark, textarea.value.substring(at + words.length) + '\n');
      backdrop.hidden = false;
      if (mark.offsetTop < textarea.scrollTop || mark.offsetTop > textarea.scrollTop + textarea.clientHeight - 40) {
        textarea.scrollTop = Math.max(0, mark.offsetTop - 60);
      }
      syncScroll();
    },
    unhighlight: () => { backdrop.hidden = true; },
    detach: () => {
      state.stopped = true;
      clearTimeout(state.timer);
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('scroll', syncScroll);
      backdrop.remove();
      textarea.removeEventListener('blur', save);
      textarea.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', save);
    },
    forget,
  };
}
