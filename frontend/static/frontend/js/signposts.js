// Resources that fit a request or a mentorship, best first, each saying why it was chosen.
// Any element with data-signposts="requests/12/resources/" (or a mentorships/ path) is filled.

import { api, apiAll } from "./api.js";
import { el, fill } from "./ui.js";

function card(item) {
  const link = item.url || item.download_url;
  return el(
    "li",
    { class: "card" },
    el("h3", {}, el("a", { href: `/resources/${item.id}/` }, item.title)),
    el("p", {}, item.summary),
    el("p", { class: "muted" }, item.why.text),
    link ? el("p", {}, el("a", { href: link, rel: "noopener noreferrer" }, item.url ? `Open ${item.title}` : `Download ${item.title}`)) : null,
  );
}

export function renderSignposts(container, items) {
  container.removeAttribute("aria-busy");
  if (!items.length) {
    fill(container, el("p", { class: "muted" }, "No guidance matches yet. ", el("a", { href: "/resources/" }, "Browse the resource library"), "."));
    return;
  }
  fill(container, el("ul", { class: "list-plain" }, items.map(card)));
}

// A mentee's dashboard: merge the signposts of every live request, keeping the best order.
async function forMyRequests(container) {
  const requests = (await apiAll("requests/?page_size=100")).filter((r) => ["open", "matched"].includes(r.status));
  const lists = await Promise.all(requests.map((r) => api(`requests/${r.id}/resources/`)));
  const seen = new Map();
  for (const list of lists) {
    list.forEach((item, rank) => {
      const best = seen.get(item.id);
      if (!best || rank < best.rank) seen.set(item.id, { ...item, rank });
    });
  }
  return [...seen.values()].sort((a, b) => a.rank - b.rank).slice(0, 6);
}

for (const container of document.querySelectorAll("[data-signposts]")) {
  const source = container.dataset.signposts;
  const load = source === "my-requests" ? forMyRequests(container) : api(source);
  load.then((items) => renderSignposts(container, items)).catch((error) => {
    container.removeAttribute("aria-busy");
    fill(container, el("p", { class: "action-status--error" }, error.message));
  });
}
