// The coordinator's queue of suggested introductions: grouped by request, best first, the
// recommended mentor marked (and why, when load spreading passed over a higher score), with
// alternatives beside it. One introduction runs per request, so the others show as on hold.
// Approve or reject in place; filters are kept in the URL and applied by the API.

import { announce, api, vocabulary } from "./api.js";
import { actionStatus, add, byId, el, explanationBars, fill, fillSelect, formatDate, labelFor, overallPoints, reasonForm } from "./ui.js";
import { setUpMatchRun } from "./match-run.js";

const filters = byId("filters");
let taxonomy = { sectors: [], topics: [], stages: [], regions: [] };

function readFilters() {
  return Object.fromEntries([...new FormData(filters).entries()].filter(([, value]) => value !== ""));
}

function places(load) {
  if (!load) return null;
  const free = Math.max(load.capacity - load.load, 0);
  const parts = [`${load.load} of ${load.capacity} ${load.capacity === 1 ? "place" : "places"} taken`];
  if (load.recommended_elsewhere) {
    parts.push(`also recommended for ${load.recommended_elsewhere} other ${load.recommended_elsewhere === 1 ? "request" : "requests"}`);
  }
  return el("p", { class: `muted${free === 0 ? " full" : ""}` }, `Current load: ${parts.join("; ")}.`);
}

const free = (load) => Math.max((load?.capacity ?? 0) - (load?.load ?? 0), 0);

// Load spreading may recommend a mentor who does not have the top score; say why in words. The
// words compare the points each card shows ("Overall fit: 46 out of 100"), not the raw scores
// behind them: when those round equal, the other mentor fits about as well, and the reason is
// the load (places taken against capacity), never a difference nobody can see.
function whyNotTop(proposal, siblings) {
  if (!proposal.recommended) return null;
  const top = siblings.reduce((best, p) => (p.score > best.score ? p : best), proposal);
  if (top === proposal || top.score <= proposal.score) return null;
  const name = top.mentor_detail?.full_name || "another mentor";
  const own = proposal.mentor_detail?.full_name || "this mentor";
  const [topPoints, ownPoints] = [overallPoints(top.explanation), overallPoints(proposal.explanation)];
  const same = topPoints !== null && topPoints === ownPoints;
  const fits = same ? `${name} fits about as well (both ${ownPoints} out of 100)` : `${name} fits slightly better on paper`;
  const load = top.mentor_load || {};
  const ownLoad = proposal.mentor_load;
  const reason = load.load >= load.capacity
    ? `${fits} but has no place left (${load.load} of ${load.capacity} taken)`
    : load.recommended_elsewhere
      ? `${fits} but is recommended for ${load.recommended_elsewhere} other ${load.recommended_elsewhere === 1 ? "request" : "requests"}, where they are needed more`
      : same && ownLoad && free(ownLoad) > free(load)
        ? `${fits}; ${own} has more room (${free(ownLoad)} of ${ownLoad.capacity} ${ownLoad.capacity === 1 ? "place" : "places"} free, against ${free(load)} of ${load.capacity}), and spreading introductions across mentors gives more requests a good match`
        : `${fits}, but spreading introductions across mentors gives more requests a good match`;
  return el("p", { class: "notice" }, `Why this recommendation: ${reason}.`);
}

function onHold(proposal) {
  const live = proposal.on_hold_for;
  if (!live || proposal.status !== "suggested") return null;
  const where = live.status === "accepted" ? "has accepted and the organisation is deciding" : "has been asked and has not answered yet";
  return el(
    "p",
    { class: "notice", "data-on-hold": true },
    el("strong", {}, "On hold. "),
    `${live.mentor_name} ${where}. One introduction runs at a time, so you can approve another mentor if that one is declined.`,
  );
}

function proposalCard(proposal, siblings = []) {
  const mentor = proposal.mentor_detail || {};
  const card = el("article", {
    class: `card${proposal.recommended ? " card--recommended" : ""}`,
    "aria-labelledby": `proposal-${proposal.id}-title`,
    "data-proposal": proposal.id,
  });
  const actions = el("div", { class: "actions" });
  if (proposal.status === "suggested" && !proposal.on_hold_for) {
    const approve = el("button", { type: "button", class: "button button--primary" }, `Approve ${mentor.full_name}`);
    approve.addEventListener("click", async () => {
      try {
        const saved = await api(`proposals/${proposal.id}/approve/`, { method: "POST", busy: approve });
        // The other suggestions for this request are now on hold: redraw the whole group.
        const group = card.closest("[data-request]");
        const fresh = await api(`proposals/?request=${proposal.request}&status=suggested`);
        const others = (fresh.results || []).filter((p) => p.id !== saved.id);
        const cards = [saved, ...others].map((p) => proposalCard(p, [saved, ...others]));
        const grid = group?.querySelector(".grid");
        if (grid) {
          for (const other of others) grid.querySelector(`[data-proposal="${other.id}"]`)?.replaceWith(cards.find((c) => c.dataset.proposal === String(other.id)));
        }
        card.replaceWith(cards[0]);
        announce(`Approved ${mentor.full_name}. We have e-mailed them to ask if they can take this on.`);
        cards[0].querySelector("h4").focus();
      } catch (error) {
        actionStatus(actions, error.message);
      }
    });
    add(actions, approve);
  }
  add(card,
    el(
      "h4",
      { id: `proposal-${proposal.id}-title`, tabindex: "-1" },
      mentor.full_name,
      " ",
      proposal.recommended ? el("span", { class: "badge badge--recommended" }, "Recommended") : el("span", { class: "badge" }, "Alternative"),
    ),
    el("p", { class: "muted" }, [mentor.organisation_name, labelFor(taxonomy.proposal_statuses, proposal.status)].filter(Boolean).join(" · ")),
    onHold(proposal),
    whyNotTop(proposal, siblings),
    proposal.reason ? el("p", {}, el("strong", {}, "Reason: "), proposal.reason) : null,
    places(proposal.mentor_load),
    mentor.bio ? el("details", { class: "bio" }, el("summary", {}, `About ${mentor.full_name}`), el("p", {}, mentor.bio)) : el("p", { class: "muted" }, "No bio yet."),
    el("h5", {}, "Why this match"),
    explanationBars(proposal.explanation),
    actions,
  );
  if (proposal.status === "suggested") {
    add(card,
      reasonForm({
        summary: "Reject with a reason",
        label: `Why is ${mentor.full_name} not right for this request?`,
        button: "Reject",
        id: `reject-${proposal.id}`,
        onSubmit: async (reason, button) => {
          const saved = await api(`proposals/${proposal.id}/reject/`, { method: "POST", body: { reason }, busy: button });
          window.setTimeout(() => card.replaceWith(proposalCard(saved, siblings)), 1500);
          return `Rejected ${mentor.full_name}.`;
        },
      }),
    );
  }
  return card;
}

function requestGroup(proposals) {
  const request = proposals[0].request_detail || {};
  const ordered = [...proposals].sort((a, b) => Number(b.recommended) - Number(a.recommended) || a.rank - b.rank);
  return el(
    "section",
    { class: "group", "aria-labelledby": `group-${request.id}-title`, "data-request": request.id },
    el("h3", { id: `group-${request.id}-title` }, request.organisation_name || "A fledgling mutual"),
    el(
      "p",
      { class: "muted" },
      [request.created_at ? `Asked on ${formatDate(request.created_at)}` : "", labelFor(taxonomy.stages, request.stage), request.region ? labelFor(taxonomy.regions, request.region) : ""].filter(Boolean).join(" · "),
    ),
    el("p", {}, request.summary),
    el("p", { class: "muted" }, "Needs: ", (request.needs || []).map((slug) => labelFor(taxonomy.topics, slug)).join(", ")),
    el("div", { class: "grid" }, ordered.map((p) => proposalCard(p, proposals))),
  );
}

function groupByRequest(proposals) {
  const groups = new Map();
  for (const proposal of proposals) {
    if (!groups.has(proposal.request)) groups.set(proposal.request, []);
    groups.get(proposal.request).push(proposal);
  }
  return groups;
}

function countText() {
  const shown = byId("queue").querySelectorAll("[data-proposal]").length;
  const groups = byId("queue").querySelectorAll("[data-request]").length;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const requests = plural(groups, "request", "requests");
  const all = plural(total, "suggested introduction", "suggested introductions");
  // Said once: how many there are, and how many of them this page shows so far.
  return nextPage ? `${all}. Showing the first ${shown}, for ${requests}.` : `${all} for ${requests}.`;
}

// One page at a time: the server filters and pages, so a busy queue costs two calls to open.
// A later page adds its proposals to the request groups already shown, or new groups below.
let nextPage = null;
let total = 0;

function showPage(page, { first }) {
  const box = byId("queue");
  const groups = groupByRequest(page.results || []);
  if (first) {
    const best = (list) => Math.max(...list.map((p) => p.score));
    const ordered = [...groups.values()].sort((a, b) => best(b) - best(a));
    fill(box, ordered.length ? ordered.map(requestGroup) : el("p", {}, "No introductions match these filters."));
  } else {
    for (const [requestId, proposals] of groups) {
      const existing = box.querySelector(`[data-request="${requestId}"] .grid`);
      if (existing) add(existing, proposals.map((p) => proposalCard(p, proposals)));
      else add(box, requestGroup(proposals));
    }
  }
  nextPage = page.next ? new URL(page.next, window.location.origin) : null;
  total = page.count ?? 0;
  byId("more").hidden = !nextPage;
  byId("queue-count").textContent = countText();
}

async function load() {
  const box = byId("queue");
  box.setAttribute("aria-busy", "true");
  const query = new URLSearchParams(readFilters());
  showPage(await api(`proposals/?${query}`), { first: true });
  box.removeAttribute("aria-busy");
}

async function loadMore(button) {
  if (!nextPage) return;
  try {
    showPage(await api(nextPage.pathname + nextPage.search, { busy: button }), { first: false });
    announce(countText());
  } catch (error) {
    actionStatus(button.parentElement, error.message);
  }
}

async function start() {
  setUpMatchRun({ onDone: load });
  taxonomy = await vocabulary();
  const moreButton = byId("more-button");
  moreButton.addEventListener("click", () => loadMore(moreButton));
  // Status options are the taxonomy's proposal statuses; the queue opens on those waiting for review.
  fillSelect(byId("filter-status"), taxonomy.proposal_statuses, { labelKey: "label", blank: "Any status" });
  filters.elements.status.value = "suggested";
  fillSelect(byId("filter-sector"), taxonomy.sectors, { blank: "Any sector" });
  fillSelect(byId("filter-stage"), taxonomy.stages, { valueKey: "value", labelKey: "label", blank: "Any stage" });
  fillSelect(byId("filter-region"), taxonomy.regions, { labelKey: "label", blank: "Any region" });
  const params = new URLSearchParams(window.location.search);
  for (const name of ["status", "sector", "stage", "region"]) {
    if (params.has(name)) filters.elements[name].value = params.get(name);
  }
  filters.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = new URLSearchParams(new FormData(filters));
    window.history.replaceState(null, "", `?${query}`);
    try {
      await load();
      announce(byId("queue-count").textContent);
    } catch (error) {
      actionStatus(filters, error.message);
    }
  });
  await load();
}

start().catch((error) => actionStatus(byId("app"), `This page could not load: ${error.message}`));
