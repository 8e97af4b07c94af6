// While someone types a request's summary and goals (or a mentor's bio), suggest the topics the
// words point to. A suggestion is a button that ticks the topic's box: nothing is ever ticked
// for the person. New suggestions are announced once through the page's polite live region.

import { announce, api } from "./api.js";
import { el } from "./ui.js";

const DEBOUNCE_MS = 700;
const FORMS = [
  {
    texts: ["#req-summary", "#req-goals"],
    path: "requests/suggest-needs/",
    body: ([summary, goals]) => ({ summary, goals }),
    boxes: 'input[name="needs"]',
    intro: "From what you wrote, you may also want help with:",
  },
  {
    texts: ["#profile-bio"],
    path: "mentors/suggest-expertise/",
    body: ([bio]) => ({ bio }),
    boxes: 'input[name="expertise"]',
    intro: "From your bio, you may also be able to advise on:",
  },
];

function setUp(config) {
  const inputs = config.texts.map((selector) => document.querySelector(selector));
  if (inputs.some((input) => !input)) return;
  const form = inputs[0].form;
  const panel = el("div", { class: "panel topic-suggestions", hidden: true });
  inputs[inputs.length - 1].closest(".field").after(panel);
  let timer = 0;
  let asked = 0;
  let lastHeard = "";

  const box = (slug) => form.querySelector(`${config.boxes}[value="${CSS.escape(slug)}"]`);

  async function refresh() {
    const call = ++asked;
    const text = inputs.map((input) => input.value);
    if (!text.join("").trim()) {
      panel.hidden = true;
      return;
    }
    let data;
    try {
      data = await api(config.path, { method: "POST", body: config.body(text) });
    } catch {
      return; // suggestions are a help, never an obstacle: the form works without them
    }
    if (call !== asked) return; // a newer call is on its way
    const open = data.suggestions.filter((s) => box(s.slug) && !box(s.slug).checked);
    if (!open.length) {
      panel.hidden = true;
      return;
    }
    const list = el("ul", { class: "list-plain" }, open.map((s) => el(
      "li", {},
      el("button", {
        type: "button",
        class: "button button--small button--secondary",
        onclick: (event) => {
          const ticked = box(s.slug);
          ticked.checked = true;
          event.currentTarget.closest("li").remove();
          announce(`${s.name} ticked.`);
          if (!panel.querySelector("li")) panel.hidden = true;
          // The button is gone: focus goes to the box it ticked, where the person can see (and
          // undo) what happened, not to the top of the page.
          ticked.focus();
        },
      }, `Tick ${s.name}`),
    )));
    panel.replaceChildren(el("p", {}, config.intro), list);
    panel.hidden = false;
    const heard = open.map((s) => s.name).join(", ");
    if (heard !== lastHeard) {
      lastHeard = heard;
      const count = open.length === 1 ? "1 suggested topic" : `${open.length} suggested topics`;
      announce(`${count} below the text: ${heard}.`);
    }
  }

  for (const input of inputs) {
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, DEBOUNCE_MS);
    });
  }
  form.addEventListener("change", (event) => {
    if (event.target.matches(config.boxes)) refresh();
  });
}

// The forms build their topic boxes after loading the taxonomy: wait for them.
function whenReady(config) {
  const ready = () => document.querySelector(config.boxes);
  if (ready()) return setUp(config);
  const observer = new MutationObserver(() => {
    if (ready()) {
      observer.disconnect();
      setUp(config);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

for (const config of FORMS) {
  if (config.texts.every((selector) => document.querySelector(selector))) whenReady(config);
}
