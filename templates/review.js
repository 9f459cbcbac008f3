// The review pages' behaviour: choosing an item scrolls to its highlight and marks it;
// resting on a highlight shows what it is. Reads only data-* attributes; no network.
(() => {
  "use strict";
  const tooltip = document.getElementById("review-tooltip");

  // The range of `text` offsets [start, end) (UTF-16 units) inside `root`'s text.
  function rangeAt(root, start, end) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let startSet = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      if (!startSet && start <= seen + length) {
        range.setStart(node, start - seen);
        startSet = true;
      }
      if (startSet && end <= seen + length) {
        range.setEnd(node, end - seen);
        return range;
      }
      seen += length;
    }
    return null;
  }

  function markOf(id) {
    return document.querySelector(`mark.hl[data-item="${CSS.escape(id)}"]`);
  }

  function showRange(id) {
    const entry = document.querySelector(`[data-range-item="${CSS.escape(id)}"]`);
    if (!entry) return;
    reveal(entry);
    const root = entry.closest(".article").querySelector(".article-text");
    const range = rangeAt(root, Number(entry.dataset.start), Number(entry.dataset.end));
    if (!range) return;
    if (window.CSS && CSS.highlights) CSS.highlights.set("review-selected", new Highlight(range));
    const box = range.getBoundingClientRect();
    window.scrollBy(0, box.top - window.innerHeight / 2);
  }

  // Open every closed <details> around `element` (an article folded away on a longer page).
  function reveal(element) {
    for (let d = element.closest("details"); d; d = d.parentElement.closest("details")) {
      d.open = true;
    }
  }

  function select(id, fromText) {
    for (const old of document.querySelectorAll(".selected")) old.classList.remove("selected");
    if (window.CSS && CSS.highlights) CSS.highlights.delete("review-selected");
    const mark = markOf(id);
    if (mark) {
      reveal(mark);
      mark.classList.add("selected");
      if (!fromText) mark.scrollIntoView({ block: "center", inline: "nearest" });
    } else {
      showRange(id);
    }
    for (const button of document.querySelectorAll(`.item[data-target="${CSS.escape(id)}"]`)) {
      button.classList.add("selected");
      if (fromText) button.scrollIntoView({ block: "nearest" });
    }
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest(".item[data-target]");
    if (button) {
      select(button.dataset.target, false);
      return;
    }
    const mark = event.target.closest("mark.hl");
    if (mark) select(mark.dataset.item, true);
  });

  function showTooltip(mark, x, y) {
    tooltip.replaceChildren();
    // Every item at this point: the innermost highlight and those around it.
    for (let m = mark; m; m = m.parentElement.closest("mark.hl")) {
      const line = document.createElement("p");
      line.textContent = m.dataset.label;
      tooltip.append(line);
    }
    tooltip.hidden = false;
    const left = Math.min(x + 12, window.innerWidth - tooltip.offsetWidth - 8);
    const top = y + 16 + tooltip.offsetHeight > window.innerHeight
      ? y - tooltip.offsetHeight - 8 : y + 16;
    tooltip.style.left = `${Math.max(8, left)}px`;
    tooltip.style.top = `${Math.max(8, top)}px`;
  }

  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest && event.target.closest("mark.hl");
    if (mark) showTooltip(mark, event.clientX, event.clientY);
    else tooltip.hidden = true;
  });
  document.addEventListener("mouseleave", () => { tooltip.hidden = true; });
})();
