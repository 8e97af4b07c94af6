// One enquiry for a coordinator: the message, the thread, reply or note, assign, invite, close.

import { api, apiAll, vocabulary } from "./api.js";
import { actionStatus, byId, clearErrors, el, fill, formatDate, labelFor, readForm, showErrors } from "./ui.js";

const app = byId("app");
const id = app.dataset.enquiryId;
const userId = Number(app.dataset.userId);
const actions = byId("actions-status").parentElement;

function waited(days) {
  if (days === 0) return "today";
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

function summary(item, taxonomy) {
  byId("title").textContent = `Enquiry ${item.reference}`;
  const summaryBox = byId("summary");
  summaryBox.removeAttribute("aria-busy");
  fill(
    summaryBox,
    el("dl", {},
      el("dt", {}, "From"), el("dd", {}, item.anonymised_at ? `Removed on ${formatDate(item.anonymised_at)}` : `${item.name} (${item.email})${item.organisation_name ? `, ${item.organisation_name}` : ""}`),
      el("dt", {}, "Received"), el("dd", {}, `${formatDate(item.created_at)}${item.status === "closed" ? "" : `, ${waited(item.days_waiting)}`}`),
      el("dt", {}, "Status"), el("dd", {}, labelFor(taxonomy.enquiry_statuses, item.status)),
      el("dt", {}, "Assigned to"), el("dd", {}, item.assignee_name || "Nobody yet"),
      item.mentorship ? [el("dt", {}, "About"), el("dd", {}, el("a", { href: `/coordinator/mentorships/${item.mentorship}/` }, item.mentorship_title ? `The mentorship of ${item.mentorship_title}` : "the mentorship"))] : null,
      item.invited_at ? [el("dt", {}, "Invited to sign up"), el("dd", {}, formatDate(item.invited_at))] : null,
    ),
    el("h2", {}, "Their message"),
    item.anonymised_at
      ? el("p", { class: "muted" }, "The sender's name, address and words were removed (they closed their account, or the enquiry passed the time we keep messages for), and so were the words of the replies. You can still add an internal note.")
      : el("blockquote", {}, item.message),
  );
  // Nothing to offer once it is yours (a reply or an invitation assigns it to whoever sends it).
  byId("assign-me").hidden = item.assignee === userId;
  // With no address there is nobody to reply to or invite: only an internal note can be saved.
  const invite = byId("invite");
  if (invite) invite.hidden = !item.email;
  const internal = byId("reply-internal");
  internal.checked ||= !item.email;
  internal.disabled = !item.email;
  byId("close").textContent = item.status === "closed" ? "Reopen" : "Close";
  byId("close").dataset.next = item.status === "closed" ? "open" : "closed";
}

function thread(messages) {
  fill(byId("thread"), messages.length ? messages.map((m) => el(
    "li",
    { class: "card" },
    el("p", { class: "muted" }, `${m.internal ? "Internal note" : "Reply e-mailed"} by ${m.author_name || "a coordinator"}, ${formatDate(m.created_at)}`),
    m.body ? el("p", {}, m.body) : el("p", { class: "muted" }, "Words removed."),
  )) : el("li", { class: "muted" }, "No replies or notes yet."));
}

async function load() {
  const [item, messages, taxonomy] = await Promise.all([api(`enquiries/${id}/`), apiAll(`enquiries/${id}/messages/`), vocabulary()]);
  summary(item, taxonomy);
  thread(messages);
}

// The button is disabled while the call runs (and may hide or change its words after it), which
// drops focus: it goes to the message saying what happened, just below the buttons.
async function act(button, path, body, done) {
  try {
    await api(path, { method: body === undefined ? "POST" : "PATCH", body, busy: button });
    await load();
    actionStatus(actions, done, "ok", { focus: true });
  } catch (error) {
    actionStatus(actions, error.message, "error", { focus: true });
  }
}

byId("assign-me").addEventListener("click", (e) => act(e.currentTarget, `enquiries/${id}/`, { assignee: userId }, "Assigned to you."));
byId("close").addEventListener("click", (e) => {
  const next = e.currentTarget.dataset.next;
  act(e.currentTarget, `enquiries/${id}/`, { status: next }, next === "closed" ? "Enquiry closed." : "Enquiry reopened.");
});
byId("invite")?.addEventListener("click", (e) => act(e.currentTarget, `enquiries/${id}/invite/`, undefined, "Invitation sent."));

const form = byId("reply-form");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  const data = readForm(form);
  // A disabled box is left out of the form's data: it is disabled only when a note is all it can be.
  if (byId("reply-internal").disabled) data.internal = true;
  try {
    await api(`enquiries/${id}/messages/`, { method: "POST", body: data, busy: form.querySelector("button[type=submit]") });
    form.reset();
    await load();
    // The form is emptied and its button was disabled: focus goes to the message.
    actionStatus(form, data.internal ? "Note saved (not sent)." : "Reply sent.", "ok", { focus: true });
  } catch (error) {
    showErrors(form, error);
  }
});

load().catch((error) => actionStatus(actions, error.message));
