// The coordinators' inbox: filters go to the API; each row links to the enquiry's own page.

import { api } from "./api.js";
import { byId, el, fill, formatDate } from "./ui.js";

const KINDS = {
  mentoring: "Getting mentoring",
  becoming_mentor: "Becoming a mentor",
  setting_up: "Setting up a mutual",
  concern: "Concern about a mentorship",
  other: "Something else",
};
const STATUSES = { new: "New", open: "Open", waiting: "Waiting for the enquirer", closed: "Closed" };

const form = byId("filters");
const list = byId("enquiries");

function days(n) {
  return n === 1 ? "1 day" : `${n} days`;
}

function row(item) {
  return el(
    "li",
    { class: "card" },
    el("h2", {}, el("a", { href: `/coordinator/inbox/${item.id}/` }, `${item.reference}: ${KINDS[item.kind] || item.kind}`)),
    el("p", {}, `From ${item.name}${item.organisation_name ? `, ${item.organisation_name}` : ""}, received ${formatDate(item.created_at)}.`),
    el("p", { class: "muted" }, `${STATUSES[item.status]}. ${item.status === "closed" ? "Closed after" : "Waiting"} ${days(item.days_waiting)}. ${item.assignee_name ? `Assigned to ${item.assignee_name}.` : "Not assigned."}`),
  );
}

async function load() {
  const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
  list.setAttribute("aria-busy", "true");
  try {
    const data = await api(`enquiries/?${query}`);
    fill(list, data.results.length
      ? [el("p", {}, data.count === 1 ? "1 enquiry" : `${data.count} enquiries`), el("ul", { class: "list-plain" }, data.results.map(row))]
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
