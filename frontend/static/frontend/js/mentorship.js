// One mentorship: goals to add and tick off, a meeting log, pause/resume/complete/end, and
// feedback once it is over. Five calls on load; forms keep drafts until saved.

import { announce, api, apiAll } from "./api.js";
import { actionStatus, byId, checkboxGroup, clearErrors, el, fill, formatDate, keepDraft, labelFor, readForm, reasonForm, showErrors } from "./ui.js";

const app = byId("app");
const id = app.dataset.mentorshipId;
const me = app.dataset.userId;
const isCoordinator = app.dataset.role === "coordinator";
const base = `mentorships/${id}/`;
let taxonomy = { topics: [] };
let mentorship = null;

const STATUS_TEXT = {
  active: "Active",
  paused: "Paused",
  completed: "Completed",
  ended: "Ended early",
};

const isLive = () => ["active", "paused"].includes(mentorship.status);

function contact(person, role) {
  if (!person) return null;
  return el(
    "li",
    {},
    el("strong", {}, `${role}: `),
    person.full_name,
    person.email ? [" · ", el("a", { href: `mailto:${person.email}` }, person.email)] : null,
    person.phone ? ` · ${person.phone}` : null,
  );
}

function renderOverview() {
  byId("title").textContent = `Mentorship: ${mentorship.organisation_name} with ${mentorship.mentor_contact?.full_name || "their mentor"}`;
  const box = byId("overview");
  fill(box, 
    el(
      "p",
      {},
      el("span", { class: `badge${mentorship.status === "active" ? " badge--ok" : ""}`, id: "mentorship-status" }, STATUS_TEXT[mentorship.status] || mentorship.status),
      ` Started ${formatDate(mentorship.started_at)}`,
      mentorship.ended_at ? `, finished ${formatDate(mentorship.ended_at)}` : "",
    ),
    mentorship.end_reason ? el("p", {}, el("strong", {}, "Reason for ending: "), mentorship.end_reason) : null,
    el("ul", { class: "list-plain" }, contact(mentorship.mentor_contact, "Mentor"), contact(mentorship.mentee_contact, "Fledgling mutual")),
  );
  box.removeAttribute("aria-busy");
}

function transitionButton(label, action, message, primary = false) {
  const button = el("button", { type: "button", class: `button${primary ? " button--primary" : ""}` }, label);
  button.addEventListener("click", async () => {
    try {
      mentorship = await api(`${base}${action}/`, { method: "POST", busy: button });
      renderAll();
      announce(message);
      byId("manage-title").focus();
    } catch (error) {
      actionStatus(button.parentElement, error.message);
    }
  });
  return button;
}

function renderManage() {
  const box = byId("manage-actions");
  if (!isLive()) {
    fill(box, el("p", {}, `This mentorship is ${STATUS_TEXT[mentorship.status].toLowerCase()}. Thank you both.`));
    return;
  }
  const buttons = el(
    "div",
    { class: "actions" },
    mentorship.status === "active"
      ? transitionButton("Pause for now", "pause", "Mentorship paused.")
      : transitionButton("Resume", "resume", "Mentorship resumed.", true),
    transitionButton("Mark as completed", "complete", "Mentorship completed. Please leave your feedback.", mentorship.status === "active"),
  );
  fill(box, 
    el("p", { class: "muted" }, "Complete it when you have met its goals. End it early if it is not working; the coordinators will read your reason."),
    buttons,
    reasonForm({
      summary: "End early",
      label: "Why is this mentorship ending?",
      button: "End mentorship",
      id: "end-form",
      onSubmit: async (reason, button) => {
        mentorship = await api(`${base}end/`, { method: "POST", body: { reason }, busy: button });
        return "Mentorship ended.";
      },
      after: async () => {
        renderAll();
        byId("manage-title").focus();
      },
    }),
  );
}

function goalItem(goal) {
  const box = el("input", { type: "checkbox", id: `goal-${goal.id}`, checked: goal.done, disabled: isCoordinator || !isLive() });
  const item = el(
    "li",
    {},
    el(
      "label",
      { class: `choice${goal.done ? " done-goal" : ""}`, for: `goal-${goal.id}` },
      box,
      goal.title,
      goal.due_on ? el("span", { class: "muted" }, ` (due ${formatDate(goal.due_on)})`) : null,
    ),
  );
  box.addEventListener("change", async () => {
    try {
      const saved = await api(`${base}goals/${goal.id}/`, { method: "PATCH", body: { done: box.checked }, busy: box });
      item.replaceWith(goalItem(saved));
      byId(`goal-${goal.id}`).focus();
      announce(saved.done ? `Goal done: ${saved.title}` : `Goal reopened: ${saved.title}`);
    } catch (error) {
      box.checked = !box.checked;
      actionStatus(item, error.message);
    }
  });
  return item;
}

function meetingItem(meeting) {
  return el(
    "li",
    {},
    el("strong", {}, formatDate(meeting.held_on)),
    ` · ${meeting.minutes} minutes`,
    meeting.topics?.length ? el("span", { class: "muted" }, ` · ${meeting.topics.map((slug) => labelFor(taxonomy.topics, slug)).join(", ")}`) : null,
    meeting.notes ? el("p", {}, meeting.notes) : null,
  );
}

function renderList(target, items, render, empty) {
  const list = byId(target);
  fill(list, ...(items.length ? items.map(render) : [el("li", { class: "muted" }, empty)]));
}

function renderFeedback(feedback) {
  const section = byId("feedback-section");
  section.hidden = isLive();
  if (isLive()) return;
  const mine = feedback.find((f) => String(f.author) === me);
  fill(byId("feedback"), 
    feedback.length
      ? el("ul", { class: "list-plain" }, feedback.map((f) => el("li", {}, el("strong", {}, f.side === "mentor" ? "Mentor" : "Fledgling mutual"), `: ${f.rating} out of 5`, f.comment ? el("p", {}, f.comment) : null)))
      : el("p", { class: "muted" }, "No feedback yet."),
    mine ? el("p", { class: "action-status--ok" }, "Thank you: your feedback is recorded.") : null,
  );
  byId("feedback-form").hidden = Boolean(mine) || isCoordinator;
}

function renderAll() {
  renderOverview();
  renderManage();
  for (const form of [byId("goal-form"), byId("meeting-form")]) form.hidden = isCoordinator || !isLive();
  byId("manage").hidden = isCoordinator;
  loadFeedback();
}

async function loadFeedback() {
  renderFeedback(await apiAll(`${base}feedback/`));
}

function wireForm(form, draftKey, submit) {
  const draft = keepDraft(form, draftKey);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector("button[type=submit]");
    try {
      await submit(readForm(form), button);
      draft.clear();
      form.reset();
    } catch (error) {
      showErrors(form, error);
    }
  });
}

async function start() {
  let goals;
  let meetings;
  [mentorship, goals, meetings, taxonomy] = await Promise.all([api(base), apiAll(`${base}goals/`), apiAll(`${base}meetings/`), api("taxonomy/")]);
  byId("manage-title").setAttribute("tabindex", "-1");
  byId("meeting-form").querySelector('[data-slot="topics"]').replaceWith(
    checkboxGroup({ name: "topics", legend: "Topics covered", options: taxonomy.topics, idPrefix: "meeting-topics" }),
  );
  renderAll();
  renderList("goals", goals, goalItem, "No goals yet.");
  renderList("meetings", meetings, meetingItem, "No meetings logged yet.");

  wireForm(byId("goal-form"), `goal-${id}`, async (body, button) => {
    goals = [...goals, await api(`${base}goals/`, { method: "POST", body, busy: button })];
    renderList("goals", goals, goalItem, "No goals yet.");
    announce("Goal added.");
  });
  wireForm(byId("meeting-form"), `meeting-${id}`, async (body, button) => {
    meetings = [await api(`${base}meetings/`, { method: "POST", body, busy: button }), ...meetings];
    renderList("meetings", meetings, meetingItem, "No meetings logged yet.");
    announce("Meeting logged.");
  });
  wireForm(byId("feedback-form"), `feedback-${id}`, async (body, button) => {
    await api(`${base}feedback/`, { method: "POST", body, busy: button });
    await loadFeedback();
    announce("Thank you for your feedback.");
  });
}

start().catch((error) => actionStatus(app, `This page could not load: ${error.message}`));
