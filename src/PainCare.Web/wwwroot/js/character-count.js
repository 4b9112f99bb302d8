// A live count under a text box that has a limit (data-max-length, the id of its count in aria-describedby order). The
// box itself has no maxlength, so a long paste is never cut silently: the count says how far over it is, and the server
// refuses the whole text with the same numbers.
const format = (n) => n.toLocaleString('en-GB');

export function countCharacters() {
  document.querySelectorAll('[data-max-length][data-count]').forEach((box) => {
    const count = document.getElementById(box.dataset.count);
    if (!count || box.dataset.counting) return;
    box.dataset.counting = 'true';
    const limit = Number(box.dataset.maxLength);
    const show = () => {
      const length = box.value.length;
      const over = length - limit;
      count.textContent = over > 0
        ? `${format(length)} of ${format(limit)} characters: ${format(over)} over the limit. Shorten it before sending; nothing is cut.`
        : `${format(length)} of ${format(limit)} characters`;
      count.dataset.over = over > 0 ? 'true' : 'false';
    };
    box.addEventListener('input', show);
    show();
  });
}
