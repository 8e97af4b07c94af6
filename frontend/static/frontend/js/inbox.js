// The coordinators' inbox: filters go to the API; each row links to the enquiry's own page.

import { api, vocabulary } from "./api.js";
import { byId, el, fill, formatDate, labelFor } from "./ui.js";

const form = byId("filters");
const list = byId("enquiries");

function days(n) {
  if (n === 0) return "less than a day";
  return n === 1 ? "1 day" : `${n} days`;
}

// Kind and status labels come from the taxonomy (fetched once, beside the first page of the list).
function row(item, taxonomy) {
  return el(
    "li",
    { class: "card" },
    el("h2", {}, el("a", { href: `/coordinator/inbox/${item.id}/` }, `${item.reference}: ${labelFor(taxonomy.enquiry_kinds, item.kind)}`)),
    el("p", {}, `From ${item.name}${item.organisation_name ? `, ${item.organisation_name}` : ""}, received ${formatDate(item.created_at)}.`),
    el("p", { class: "muted" }, `${labelFor(taxonomy.enquiry_statuses, item.status)}. ${item.status === "closed" ? "Closed after" : "Waiting"} ${days(item.days_waiting)}. ${item.assignee_name ? `Assigned to ${item.assignee_name}.` : "Not assigned."}`),
  );
}

async function load() {
  const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
  list.setAttribute("aria-busy", "true");
  try {
    const [data, taxonomy] = await Promise.all([api(`enquiries/?${query}`), vocabulary()]);
    fill(list, data.results.length
      ? [el("p", {}, data.count === 1 ? "1 enquiry" : `${data.count} enquiries`), el("ul", { class: "list-plain" }, data.results.map((item) => row(item, taxonomy)))]
      : el("p", {}, "No enquiries match."));
  } catch (error) {
    fill(list, el("p", { class: "action-status--error" }, error.message));
  } finally {
    list.removeAttribute("aria-busy");
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});
load();
