// The coordinator's dashboard: how many proposals wait, the matching panel, and mentors'
// load against capacity (two calls on load).

import { api, apiAll } from "./api.js";
import { actionStatus, byId, el, fill } from "./ui.js";
import { setUpMatchRun } from "./match-run.js";

function capacityTable(mentors) {
  if (!mentors.length) return el("p", { class: "muted" }, "No mentors have signed up yet.");
  const load = (m) => (m.capacity ? m.active_mentorships / m.capacity : 1);
  const rows = [...mentors].sort((a, b) => load(b) - load(a));
  return el(
    "div",
    { class: "table-scroll" },
    el(
      "table",
      {},
      el("caption", { class: "visually-hidden" }, "Mentors' load against capacity"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Mentor"), el("th", { scope: "col" }, "Load"), el("th", { scope: "col" }, "Accepting"))),
      el(
        "tbody",
        {},
        rows.map((m) => {
          const width = Math.min(100, Math.round(load(m) * 100));
          const full = m.active_mentorships >= m.capacity;
          return el(
            "tr",
            {},
            el("td", {}, m.full_name, el("br"), el("span", { class: "muted" }, m.email || "")),
            el(
              "td",
              {},
              el("span", {}, `${m.active_mentorships} of ${m.capacity}${full ? " (full)" : ""}`),
              el("span", { class: "bar__track", "aria-hidden": "true", style: "display:block;max-width:14rem" }, el("span", { class: `bar__fill${full ? " bar__fill--full" : ""}`, style: `width:${width}%;display:block` })),
            ),
            el("td", {}, m.accepting ? "Yes" : "Paused"),
          );
        }),
      ),
    ),
  );
}

async function loadSummary() {
  const page = await api("proposals/?status=suggested");
  const summary = byId("queue-summary");
  const count = page.count ?? (page.results || page).length;
  summary.textContent = count === 1 ? "1 proposal is waiting for a decision." : `${count} proposals are waiting for a decision.`;
  summary.removeAttribute("aria-busy");
}

async function start() {
  setUpMatchRun({ onDone: loadSummary });
  const [mentors] = await Promise.all([apiAll("mentors/"), loadSummary()]);
  const box = byId("capacity");
  fill(box, capacityTable(mentors));
  box.removeAttribute("aria-busy");
}

start().catch((error) => actionStatus(byId("app"), `This page could not load: ${error.message}`));
