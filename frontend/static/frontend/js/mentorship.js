// One mentorship: goals to add, tick off, change or remove; a meeting log kept the same way;
// pause and resume; complete and end early after a confirmation dialog; a coordinator's reopen
// within 14 days; and private feedback once it is over. Five calls on load; forms keep drafts.

import { announce, api, apiAll, vocabulary } from "./api.js";
import { confirmDialog } from "./dialog.js";
import { actionStatus, byId, changeSentence, checkboxGroup, clearErrors, el, fill, fillForm, formatDate, keepDraft, labelFor, readForm, showErrors } from "./ui.js";

const app = byId("app");
const id = app.dataset.mentorshipId;
const me = app.dataset.userId;
const isCoordinator = app.dataset.role === "coordinator";
const base = `mentorships/${id}/`;
let taxonomy = { topics: [] };
let mentorship = null;

const isLive = () => ["active", "paused"].includes(mentorship.status);

function contact(person, role) {
  if (!person) return null;
  // A closed account keeps its place in the records but is nobody to contact.
  if (person.account_closed) return el("li", {}, el("strong", {}, `${role}: `), "This person has closed their account.");
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
      el("span", { class: `badge${mentorship.status === "active" ? " badge--ok" : ""}`, id: "mentorship-status" }, labelFor(taxonomy.mentorship_statuses, mentorship.status)),
      ` Started ${formatDate(mentorship.started_at)}`,
      mentorship.ended_at ? `, finished ${formatDate(mentorship.ended_at)}` : "",
    ),
    latestChange(),
    mentorship.end_reason ? el("p", {}, el("strong", {}, "Reason for ending: "), mentorship.end_reason) : null,
    feedbackPrompt(),
    el("ul", { class: "list-plain" }, contact(mentorship.mentor_contact, labelFor(taxonomy.roles, "mentor")), contact(mentorship.mentee_contact, labelFor(taxonomy.roles, "mentee"))),
  );
  box.removeAttribute("aria-busy");
}

function latestChange() {
  const change = changeSentence(mentorship.latest_change, { me, taxonomy });
  return change ? el("p", { class: "muted", id: "latest-change" }, change) : null;
}

function otherSide() {
  if (isCoordinator) return "both sides";
  const iAmMentor = String(mentorship.mentor_contact?.id) === me;
  return iAmMentor ? mentorship.organisation_name : mentorship.mentor_contact?.full_name || "your mentor";
}

function feedbackPrompt() {
  if (isCoordinator || isLive() || mentorship.my_feedback_given) return null;
  return el("p", { class: "notice" }, "This mentorship is over. ", el("a", { href: "#feedback-title" }, "Tell us how it went"), ": only you and the programme team will read it.");
}

function afterChange(message) {
  renderAll();
  announce(message);
  return { focus: byId("manage-title") };
}

function transitionButton(label, action, message, primary = false) {
  const button = el("button", { type: "button", class: `button${primary ? " button--primary" : ""}` }, label);
  button.addEventListener("click", async () => {
    try {
      mentorship = await api(`${base}${action}/`, { method: "POST", busy: button });
      afterChange(message).focus.focus();
    } catch (error) {
      actionStatus(button.parentElement, error.message);
    }
  });
  return button;
}

function completeButton(primary) {
  const button = el("button", { type: "button", class: `button${primary ? " button--primary" : ""}`, id: "complete-button" }, "Mark as completed");
  button.addEventListener("click", () =>
    confirmDialog({
      title: "Mark this mentorship as completed?",
      body: [
        `We will tell ${otherSide()} and ask you both for feedback.`,
        "You cannot add goals or meetings afterwards. If this is a mistake, the programme team can reopen it within 14 days.",
      ],
      confirm: "Yes, mark as completed",
      onConfirm: async () => {
        mentorship = await api(`${base}complete/`, { method: "POST" });
        return afterChange("Mentorship completed. Please tell us how it went.");
      },
    }),
  );
  return button;
}

function endButton() {
  const button = el("button", { type: "button", class: "button button--danger", id: "end-button" }, "End early");
  button.addEventListener("click", () =>
    confirmDialog({
      title: "End this mentorship early?",
      body: [
        `We will tell ${otherSide()} and the programme team.`,
        "The request goes back to the programme team so they can look for another mentor, unless the organisation withdraws it.",
      ],
      reason: {
        label: "Why is it ending?",
        hint: "The programme team reads this; it helps them find a better match next time.",
        missing: "Enter why the mentorship is ending",
      },
      confirm: "End the mentorship",
      danger: true,
      onConfirm: async (reason) => {
        mentorship = await api(`${base}end/`, { method: "POST", body: { reason } });
        return afterChange("Mentorship ended.");
      },
    }),
  );
  return button;
}

function reopenButton() {
  const button = el("button", { type: "button", class: "button", id: "reopen-button" }, "Reopen this mentorship");
  button.addEventListener("click", () =>
    confirmDialog({
      title: "Reopen this mentorship?",
      body: [`It was marked as completed by mistake? Reopening makes it active again and tells both sides. You can do this until ${formatDate(mentorship.reopen_until)}.`],
      reason: { label: "Why are you reopening it?", missing: "Enter why you are reopening the mentorship" },
      confirm: "Reopen",
      onConfirm: async (reason) => {
        mentorship = await api(`${base}reopen/`, { method: "POST", body: { reason } });
        return afterChange("Mentorship reopened.");
      },
    }),
  );
  return button;
}

function renderManage() {
  const box = byId("manage-actions");
  if (isCoordinator) {
    fill(box, mentorship.reopen_until ? [el("p", {}, "If it was marked as completed by mistake, you can reopen it."), el("div", { class: "actions" }, reopenButton())] : el("p", { class: "muted" }, "Only the mentor and the organisation can change this mentorship."));
    return;
  }
  if (!isLive()) {
    fill(box, el("p", {}, `This mentorship is ${labelFor(taxonomy.mentorship_statuses, mentorship.status).toLowerCase()}. Thank you both.`));
    return;
  }
  fill(box,
    el("p", { class: "muted" }, "Pause it for a while if you need to; either of you can resume it. Mark it as completed when you have met its goals, or end it early if it is not working. We tell the other side each time."),
    el(
      "div",
      { class: "actions" },
      mentorship.status === "active"
        ? transitionButton("Pause for now", "pause", "Mentorship paused. We have told the other side.")
        : transitionButton("Resume", "resume", "Mentorship resumed. We have told the other side.", true),
      completeButton(mentorship.status === "active"),
      endButton(),
    ),
  );
}

// The author of a goal or meeting may change or remove it while the mentorship is live.
function ownControls(item, kind, onEdit, onRemove) {
  if (isCoordinator || !isLive() || String(item.created_by) !== me) return null;
  const edit = el("button", { type: "button", class: "button button--small" }, "Change", el("span", { class: "visually-hidden" }, ` ${kind}`));
  const remove = el("button", { type: "button", class: "button button--small button--danger" }, "Remove", el("span", { class: "visually-hidden" }, ` ${kind}`));
  edit.addEventListener("click", onEdit);
  remove.addEventListener("click", () =>
    confirmDialog({
      title: `Remove this ${kind}?`,
      body: [`It will no longer show for either of you. The programme team keeps a record that it was removed.`],
      confirm: `Remove ${kind}`,
      danger: true,
      onConfirm: onRemove,
    }),
  );
  return el("div", { class: "actions" }, edit, remove);
}

function editForm({ id: formId, fields, values, onSave, onCancel }) {
  const form = el("form", { id: formId, class: "stack panel", novalidate: true }, ...fields, el("div", { class: "actions" }, el("button", { type: "submit", class: "button button--primary" }, "Save changes"), el("button", { type: "button", class: "button", onclick: onCancel }, "Cancel")));
  fillForm(form, values);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await onSave(readForm(form), form.querySelector("button[type=submit]"));
    } catch (error) {
      showErrors(form, error);
    }
  });
  return form;
}

function dateField(idValue, name, label, required = false) {
  return el(
    "div",
    { class: "field", id: `${idValue}-field`, "data-field": name },
    el("label", { for: idValue, "data-label": label }, label, required ? el("span", { class: "req" }, " (required)") : null),
    el("p", { class: "hint", id: `${idValue}-hint` }, "Day, month and year, for example 27 March 2026."),
    el("input", { id: idValue, name, type: "date", required, "aria-describedby": `${idValue}-hint` }),
  );
}

let goals = [];
let meetings = [];

function goalItem(goal) {
  const box = el("input", { type: "checkbox", id: `goal-${goal.id}`, checked: goal.done, disabled: isCoordinator || !isLive() });
  const item = el(
    "li",
    { "data-goal": goal.id },
    el(
      "label",
      { class: `choice${goal.done ? " done-goal" : ""}`, for: `goal-${goal.id}` },
      box,
      goal.title,
      goal.due_on ? el("span", { class: "muted" }, ` (due ${formatDate(goal.due_on)})`) : null,
    ),
  );
  const controls = ownControls(
    goal,
    "goal",
    () => {
      const form = editForm({
        id: `goal-edit-${goal.id}`,
        fields: [
          el("div", { class: "field", id: `goal-edit-${goal.id}-title-field`, "data-field": "title" }, el("label", { for: `goal-edit-${goal.id}-title`, "data-label": "Goal" }, "Goal", el("span", { class: "req" }, " (required)")), el("input", { id: `goal-edit-${goal.id}-title`, name: "title", type: "text", maxlength: "200", required: true })),
          dateField(`goal-edit-${goal.id}-due`, "due_on", "Due by"),
        ],
        values: goal,
        onSave: async (body, button) => {
          const saved = await api(`${base}goals/${goal.id}/`, { method: "PATCH", body, busy: button });
          goals = goals.map((g) => (g.id === saved.id ? saved : g));
          renderGoals();
          byId(`goal-${saved.id}`)?.focus();
          announce("Goal changed.");
        },
        onCancel: () => {
          renderGoals();
          byId(`goal-${goal.id}`)?.focus();
        },
      });
      item.replaceWith(el("li", {}, form));
      form.querySelector("input").focus();
    },
    async () => {
      await api(`${base}goals/${goal.id}/`, { method: "DELETE" });
      goals = goals.filter((g) => g.id !== goal.id);
      renderGoals();
      announce("Goal removed.");
      return { focus: byId("goals-title") };
    },
  );
  if (controls) item.append(controls);
  box.addEventListener("change", async () => {
    try {
      const saved = await api(`${base}goals/${goal.id}/`, { method: "PATCH", body: { done: box.checked }, busy: box });
      goals = goals.map((g) => (g.id === saved.id ? saved : g));
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
  const item = el(
    "li",
    { "data-meeting": meeting.id },
    el("strong", {}, formatDate(meeting.held_on)),
    ` · ${meeting.minutes} minutes`,
    meeting.topics?.length ? el("span", { class: "muted" }, ` · ${meeting.topics.map((slug) => labelFor(taxonomy.topics, slug)).join(", ")}`) : null,
    meeting.notes ? el("p", {}, meeting.notes) : null,
  );
  const controls = ownControls(
    meeting,
    "meeting",
    () => {
      const prefix = `meeting-edit-${meeting.id}`;
      const form = editForm({
        id: prefix,
        fields: [
          dateField(`${prefix}-date`, "held_on", "Date", true),
          el("div", { class: "field", id: `${prefix}-minutes-field`, "data-field": "minutes" }, el("label", { for: `${prefix}-minutes`, "data-label": "Length in minutes" }, "Length in minutes", el("span", { class: "req" }, " (required)")), el("input", { id: `${prefix}-minutes`, name: "minutes", type: "number", min: "1", max: "1440", required: true, inputmode: "numeric" })),
          checkboxGroup({ name: "topics", legend: "Topics covered", options: taxonomy.topics, idPrefix: `${prefix}-topics` }),
          el("div", { class: "field", id: `${prefix}-notes-field`, "data-field": "notes" }, el("label", { for: `${prefix}-notes`, "data-label": "Notes" }, "Notes"), el("textarea", { id: `${prefix}-notes`, name: "notes", maxlength: "10000" })),
        ],
        values: meeting,
        onSave: async (body, button) => {
          const saved = await api(`${base}meetings/${meeting.id}/`, { method: "PATCH", body, busy: button });
          meetings = meetings.map((m) => (m.id === saved.id ? saved : m));
          renderMeetings();
          byId("meetings-title").focus();
          announce("Meeting changed.");
        },
        onCancel: () => {
          renderMeetings();
          byId("meetings-title").focus();
        },
      });
      item.replaceWith(el("li", {}, form));
      form.querySelector("input").focus();
    },
    async () => {
      await api(`${base}meetings/${meeting.id}/`, { method: "DELETE" });
      meetings = meetings.filter((m) => m.id !== meeting.id);
      renderMeetings();
      announce("Meeting removed.");
      return { focus: byId("meetings-title") };
    },
  );
  if (controls) item.append(controls);
  return item;
}

function renderGoals() {
  renderList("goals", goals, goalItem, "No goals yet.");
}

function renderMeetings() {
  renderList("meetings", meetings, meetingItem, "No meetings logged yet.");
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
  const sideName = (f) => (f.side === "mentor" ? "The mentor" : "The organisation");
  fill(byId("feedback"),
    isCoordinator
      ? el("p", { class: "muted" }, "Each side's feedback is private: neither side sees the other's.")
      : el("p", { class: "muted" }, `Your feedback is private: only you and the programme team read it. ${otherSide()} does not see it, and you do not see theirs.`),
    feedback.length
      ? el("ul", { class: "list-plain" }, feedback.map((f) => el("li", {}, el("strong", {}, String(f.author) === me ? "Your feedback" : sideName(f)), `: ${f.rating} out of 5`, f.comment ? el("p", {}, f.comment) : null)))
      : isCoordinator ? el("p", { class: "muted" }, "No feedback yet.") : null,
    mine ? el("p", { class: "action-status--ok", id: "feedback-thanks", tabindex: "-1" }, "Thank you: your feedback is recorded.") : null,
  );
  byId("feedback-form").hidden = Boolean(mine) || isCoordinator;
}

function renderAll() {
  renderOverview();
  renderManage();
  for (const form of [byId("goal-form"), byId("meeting-form")]) form.hidden = isCoordinator || !isLive();
  renderGoals();
  renderMeetings();
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
  [mentorship, goals, meetings, taxonomy] = await Promise.all([api(base), apiAll(`${base}goals/`), apiAll(`${base}meetings/`), vocabulary()]);
  byId("manage-title").setAttribute("tabindex", "-1");
  // The date pickers offer only days the server accepts: a meeting from the start to today, a
  // goal due from the start on (it refuses the rest, naming the field, for typed dates).
  const day = (value) => new Date(value).toLocaleDateString("en-CA");
  byId("meeting-date").min = day(mentorship.started_at);
  byId("meeting-date").max = day(Date.now());
  byId("goal-due").min = day(mentorship.started_at);
  byId("meeting-form").querySelector('[data-slot="topics"]').replaceWith(
    checkboxGroup({ name: "topics", legend: "Topics covered", options: taxonomy.topics, idPrefix: "meeting-topics" }),
  );
  renderAll();

  wireForm(byId("goal-form"), `goal-${id}`, async (body, button) => {
    goals = [...goals, await api(`${base}goals/`, { method: "POST", body, busy: button })];
    renderGoals();
    announce("Goal added.");
  });
  wireForm(byId("meeting-form"), `meeting-${id}`, async (body, button) => {
    meetings = [await api(`${base}meetings/`, { method: "POST", body, busy: button }), ...meetings];
    renderMeetings();
    announce("Meeting logged.");
  });
  wireForm(byId("feedback-form"), `feedback-${id}`, async (body, button) => {
    await api(`${base}feedback/`, { method: "POST", body, busy: button });
    mentorship = { ...mentorship, my_feedback_given: true };
    renderOverview();
    await loadFeedback();
    announce("Thank you for your feedback.");
    // The form (and its button) is hidden now: focus goes to the thanks that replaces it.
    byId("feedback-thanks")?.focus();
  });
}

start().catch((error) => actionStatus(app, `This page could not load: ${error.message}`));
