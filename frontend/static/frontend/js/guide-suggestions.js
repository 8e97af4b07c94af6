// On the request form: topics of the guide checklist's unticked tasks, offered as needs.
// Only those not already chosen are offered; choosing one ticks its box in the needs list.

import { api, vocabulary } from "./api.js";
import { el } from "./ui.js";

async function offer() {
  const field = await waitFor("#req-needs-field");
  const [progress, taxonomy] = await Promise.all([api("guide/progress/"), vocabulary()]);
  const names = Object.fromEntries(taxonomy.topics.map((t) => [t.slug, t.name]));
  const box = (slug) => field.querySelector(`input[name="needs"][value="${CSS.escape(slug)}"]`);
  const offered = progress.offered_needs.filter((o) => box(o.topic) && !box(o.topic).checked);
  if (!offered.length) return;
  const list = el("ul", { class: "list-plain" }, offered.map((o) => el(
    "li", {},
    el("button", {
      type: "button",
      class: "button button--small",
      onclick: (event) => {
        box(o.topic).checked = true;
        event.currentTarget.closest("li").remove();
        // The button is gone: put focus on the box it ticked, so keyboard users keep their place.
        box(o.topic).focus();
      },
    }, `Add ${names[o.topic] || o.topic}`),
    ` (from your checklist: ${o.because})`,
  )));
  field.after(el("div", { class: "panel", id: "guide-suggestions" },
    el("p", {}, "Your guide checklist has tasks still to do. You might also want help with:"), list));
}

function waitFor(selector) {
  return new Promise((resolve) => {
    const found = document.querySelector(selector);
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const node = document.querySelector(selector);
      if (node) {
        observer.disconnect();
        resolve(node);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

// Coordinators and mentors have no checklist (403): then there is simply nothing to offer.
offer().catch(() => {});
