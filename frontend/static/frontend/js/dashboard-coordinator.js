// The coordinator's dashboard: how many proposals wait, the matching panel, and the fullest
// mentors' load against capacity (two calls on load, whatever the number of mentors; the
// whole list is /coordinator/mentors/).

import { api } from "./api.js";
import { actionStatus, barTrack, byId, el, fill } from "./ui.js";
import { setUpMatchRun } from "./match-run.js";

// At 360 px each row becomes a small block with its own labels (see .table-reflow), so nothing
// scrolls sideways.
const FULLEST_SHOWN = 10;

function capacityTable(mentors) {
  if (!mentors.length) return el("p", { class: "muted" }, "No mentors have signed up yet.");
  const load = (m) => (m.capacity ? m.active_mentorships / m.capacity : 1);
  return el(
    "table",
    { class: "table-reflow" },
    el("caption", { class: "visually-hidden" }, "Mentors' current mentorships against the most they will take on"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Mentor"), el("th", { scope: "col" }, "Mentorships"), el("th", { scope: "col" }, "Accepting new mentees"))),
    el(
      "tbody",
      {},
      mentors.map((m) => { // in the server's order, fullest first
        const full = m.active_mentorships >= m.capacity;
        return el(
          "tr",
          {},
          el("th", { scope: "row", "data-label": "Mentor" }, el("a", { href: `/coordinator/mentors/${m.id}/` }, m.full_name), m.email ? [el("br"), el("span", { class: "muted" }, m.email)] : null),
          el(
            "td",
            { "data-label": "Mentorships" },
            el("span", {}, `${m.active_mentorships} of ${m.capacity}${full ? " (full)" : ""}`),
            barTrack(load(m), { full }),
          ),
          el("td", { "data-label": "Accepting new mentees" }, m.accepting ? "Yes" : "No, paused"),
        );
      }),
    ),
  );
}

async function loadSummary() {
  const page = await api("proposals/?status=suggested");
  const summary = byId("queue-summary");
  const count = page.count ?? (page.results || page).length;
  summary.textContent = count === 1 ? "1 suggested introduction is waiting for your review." : `${count} suggested introductions are waiting for your review.`;
  summary.removeAttribute("aria-busy");
}

async function start() {
  setUpMatchRun({ onDone: loadSummary });
  const [page] = await Promise.all([api(`mentors/?ordering=fullest&page_size=${FULLEST_SHOWN}`), loadSummary()]);
  const box = byId("capacity");
  const mentors = page.results;
  const all = el("a", { href: "/coordinator/mentors/" }, page.count === 1 ? "See the mentor" : `See all ${page.count} mentors`);
  const shown = page.count > mentors.length
    ? el("p", {}, `The ${mentors.length} fullest of ${page.count} mentors. `, all, ", with filters for places, sector and expertise.")
    : el("p", {}, all, ", with filters for places, sector and expertise.");
  fill(box, mentors.length ? [capacityTable(mentors), shown] : capacityTable(mentors));
  box.removeAttribute("aria-busy");
}

start().catch((error) => actionStatus(byId("app"), `This page could not load: ${error.message}`));
