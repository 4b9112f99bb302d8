// The narrative editor's safety net. Typing never waits for the server: every keystroke is mirrored to this device's
// local storage, and the draft is sent to the server 1.2 s after the clinician pauses, on blur, on Ctrl+S and when the
// page is hidden. The status line says only what is true: saved (with the time), saving, or kept on this device.
import { dropSessionFormCopy } from './session-form-copy.js';

const pauseBeforeSave = 1200;
const retryWhileOffline = 5000;
const callTimeout = 10000;
// The circuit accepts messages of at most 32 KB; longer texts travel as a stream, which Blazor sends in chunks.
const largestDirectText = 8000;
const maxSelection = 2000;
// The four save outcomes the server sends (SaveStatus in C#, written by SaveStatusCodes): nothing else arrives.
export const SaveStatus = Object.freeze({ saved: 'saved', conflict: 'conflict', refused: 'refused', notFound: 'not-found' });
// A copy on this device is for getting words back after a crash or a lost connection, not for keeping notes: sign-out
// clears every copy (js/sign-out.js), and one left longer than a day is dropped.
const keepLocalFor = 24 * 60 * 60 * 1000;
// A window that is still open refreshes or clears its own copy within seconds; one untouched this long was left behind.
const adoptAfter = 60 * 1000;

// Each window keeps its own copy, so one window's save never deletes another window's unsaved words.
const windowId = (() => {
  try {
    let id = sessionStorage.getItem('paincare:window');
    if (!id) {
      id = Date.now().toString(36) + Math.random().toString(36).slice(2);
      sessionStorage.setItem('paincare:window', id);
    }
    return id;
  } catch {
    return 'window';
  }
})();

// A lone surrogate (half an emoji, from a bad paste) cannot cross the circuit as JSON; send U+FFFD in its place.
const wellFormed = (text) => typeof text.toWellFormed === 'function'
  ? text.toWellFormed()
  : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const readCopy = (key) => {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
};

// This window's copy; else the newest copy another window left behind (or one from before copies were per window).
function pendingCopy(sessionKey, ownKey, serverText) {
  const own = readCopy(ownKey);
  if (own) return own;
  const orphan = Object.keys(localStorage)
    .filter((key) => key === sessionKey || key.startsWith(sessionKey + ':'))
    .map((key) => ({ key, copy: readCopy(key) }))
    .filter((o) => o.copy && Date.now() - o.copy.at > adoptAfter && o.copy.text !== serverText)
    .sort((a, b) => b.copy.at - a.copy.at)[0];
  if (!orphan) return null;
  try {
    localStorage.setItem(ownKey, JSON.stringify(orphan.copy));
    localStorage.removeItem(orphan.key);
  } catch {
    // Storage full or disabled: the copy is still restored below, and stays under its old key.
  }
  return orphan.copy;
}

const asStream = (text) => DotNet.createJSStreamReference(new TextEncoder().encode(text));
const sendText = (dotNet, text, revision) => text.length <= largestDirectText
  ? dotNet.invokeMethodAsync('SaveDraft', text, revision)
  : dotNet.invokeMethodAsync('SaveDraftStream', asStream(text), revision);

export function attach(textarea, status, dotNet, sessionKey, revision, patientId) {
  // A "Record a session" form's copy kept in this tab is dropped once its words are this saved note's.
  if (patientId) dropSessionFormCopy(patientId, textarea.value);
  const storageKey = sessionKey + ':' + windowId;
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
    const text = wellFormed(textarea.value);
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
      if (result.status === SaveStatus.saved) {
        state.revision = result.revision;
        state.lastSaved = text;
        if (wellFormed(textarea.value) === text) forget(); else keepLocally();
        // The time as the clinic's clock reads it, written by the server: the same as the version history, whatever this
        // device's time zone.
        show('saved', 'Saved ' + result.savedLabel);
      } else if (result.status === SaveStatus.conflict) {
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
  let pendingLocal = pendingCopy(sessionKey, storageKey, textarea.value);
  if (pendingLocal && !(Date.now() - pendingLocal.at <= keepLocalFor)) {
    forget();
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
    show('saved', textarea.value ? 'All changes saved' : 'Nothing written yet');
  }

  return {
    flush: () => save(),
    textStream: () => new TextEncoder().encode(textarea.value),
    selection,
    // After a conflict is resolved: the editor continues from the chosen text and revision.
    reset: (text, newRevision, savedLabel) => {
      textarea.value = text;
      state.revision = newRevision;
      state.lastSaved = text;
      state.stopped = false;
      state.offline = false;
      forget();
      show('saved', 'Saved ' + savedLabel);
    },
    reveal: (start, text) => {
      const at = locate(start, text);
      if (at < 0) return false;
      textarea.focus();
      textarea.setSelectionRange(at, at + text.length);
      return true;
    },
    focus: () => textarea.focus(),
    // After an observation is added from a passage: the passage stays selected in the textarea's memory, so the next
    // keystroke would replace it (and autosave would commit that). Put the caret at the passage's end instead.
    continueAfter: (start, words) => {
      const at = words ? locate(start ?? 0, words) : -1;
      const end = at < 0 ? textarea.selectionEnd : at + words.length;
      textarea.focus();
      textarea.setSelectionRange(end, end);
    },
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
