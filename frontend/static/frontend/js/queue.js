// The coordinator's proposal queue: grouped by request, best first, the recommended mentor
// marked with alternatives beside it; approve or reject in place; filters kept in the URL and
// applied by the API.

import { announce, api } from "./api.js";
import { actionStatus, add, byId, el, explanationBars, fill, fillSelect, labelFor, reasonForm } from "./ui.js";
import { setUpMatchRun } from "./match-run.js";

const filters = byId("filters");
let taxonomy = { sectors: [], topics: [], stages: [], regions: [] };

const STATUS_LABELS = {
  suggested: "Waiting for a coordinator",
  approved: "Approved",
  rejected: "Rejected",
  accepted: "Accepted by the mentor",
  declined: "Declined",
  confirmed: "Confirmed",
  withdrawn: "Withdrawn",
  expired: "Expired",
};

function readFilters() {
  return Object.fromEntries([...new FormData(filters).entries()].filter(([, value]) => value !== ""));
}

function proposalCard(proposal) {
  const mentor = proposal.mentor_detail || {};
  const card = el("article", {
    class: `card${proposal.recommended ? " card--recommended" : ""}`,
    "aria-labelledby": `proposal-${proposal.id}-title`,
    "data-proposal": proposal.id,
  });
  const actions = el("div", { class: "actions" });
  if (proposal.status === "suggested") {
    const approve = el("button", { type: "button", class: "button button--primary" }, `Approve ${mentor.full_name}`);
    approve.addEventListener("click", async () => {
      try {
        const saved = await api(`proposals/${proposal.id}/approve/`, { method: "POST", busy: approve });
        const fresh = proposalCard(saved);
        card.replaceWith(fresh);
        announce(`Approved ${mentor.full_name}. They will be asked to accept.`);
        fresh.querySelector("h4").focus();
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
      proposal.recommended ? el("span", { class: "badge badge--recommended" }, "Recommended") : el("span", { class: "badge" }, `Alternative, rank ${proposal.rank}`),
    ),
    el("p", { class: "muted" }, [mentor.organisation_name, STATUS_LABELS[proposal.status] || proposal.status].filter(Boolean).join(" · ")),
    proposal.reason ? el("p", {}, el("strong", {}, "Reason: "), proposal.reason) : null,
    explanationBars(proposal.explanation, proposal.score),
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
          window.setTimeout(() => card.replaceWith(proposalCard(saved)), 1500);
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
    el("h3", { id: `group-${request.id}-title` }, `${request.organisation_name}: request ${request.id}`),
    el(
      "p",
      { class: "muted" },
      [labelFor(taxonomy.stages, request.stage), request.region ? labelFor(taxonomy.regions, request.region) : ""].filter(Boolean).join(" · "),
    ),
    el("p", {}, request.summary),
    el("p", { class: "muted" }, "Needs: ", (request.needs || []).map((slug) => labelFor(taxonomy.topics, slug)).join(", ")),
    el("div", { class: "grid" }, ordered.map(proposalCard)),
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
  const more = nextPage ? ` Showing the first ${shown} of ${total}.` : "";
  return `${total} proposal(s); ${shown} shown for ${groups} request(s).${more}`;
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
    fill(box, ordered.length ? ordered.map(requestGroup) : el("p", {}, "No proposals match these filters."));
  } else {
    for (const [requestId, proposals] of groups) {
      const existing = box.querySelector(`[data-request="${requestId}"] .grid`);
      if (existing) add(existing, proposals.map(proposalCard));
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
  taxonomy = await api("taxonomy/");
  const moreButton = byId("more-button");
  moreButton.addEventListener("click", () => loadMore(moreButton));
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
