// The coordinators' inbox: filters go to the API; each row links to the enquiry's own page.
// The filters live in the address, like the other coordinator lists (GET forms): read on load
// (the dashboard links to ?status=new), written back when applied, so they can be bookmarked
// and Back from an enquiry returns to the same list.

import { api, vocabulary } from "./api.js";
import { byId, el, fill, fillForm, formatDate, labelFor } from "./ui.js";

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
    el("p", {}, `${item.anonymised_at ? "Sender's details removed" : `From ${item.name}${item.organisation_name ? `, ${item.organisation_name}` : ""}`}, received ${formatDate(item.created_at)}.`),
    el("p", { class: "muted" }, `${labelFor(taxonomy.enquiry_statuses, item.status)}. ${item.status === "closed" ? "Closed after" : "Waiting"} ${days(item.days_waiting)}. ${item.assignee_name ? `Assigned to ${item.assignee_name}.` : "Not assigned."}`),
  );
}

const NAMES = ["status", "kind", "assignee", "q"];

function currentQuery() {
  return new URLSearchParams([...new FormData(form)].filter(([name, v]) => NAMES.includes(name) && v));
}

// The form shows what the address asks for; a name the address leaves out is reset to "any".
function readAddress() {
  const params = new URLSearchParams(window.location.search);
  fillForm(form, Object.fromEntries(NAMES.map((name) => [name, params.get(name) ?? ""])));
}

async function load() {
  const query = currentQuery();
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

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = currentQuery().toString();
  // A new entry in the history, so Back returns to the filters before these.
  if (query !== window.location.search.replace(/^\?/, "")) {
    window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
  }
  // The list is a polite live region: its new count is read out as it arrives.
  await load();
});
window.addEventListener("popstate", () => {
  readAddress();
  load();
});
readAddress();
load();
