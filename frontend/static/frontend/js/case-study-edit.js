// A coordinator writes a case study; publishing waits for both sides' consent (the server says so).

import { api, vocabulary } from "./api.js";
import { actionStatus, byId, checkboxGroup, clearErrors, fillForm, labelFor, publicationStatus, readForm, showErrors } from "./ui.js";

let id = byId("app").dataset.caseStudyId;
const form = byId("case-study-form");
let taxonomy = {};

// The moves the API allows from each status (api/resources.py: publish, archive, and back to
// draft to rework it), and what each did, in words.
const MOVES = new Map([
  ["draft", ["published", "archived"]],
  ["published", ["draft", "archived"]],
  ["archived", ["published-again", "draft"]],
]);
// After the status's own label from GET taxonomy/.
const DONE = new Map([
  ["published", "everyone can see it now."],
  ["archived", "it is no longer public."],
  ["draft", "it is not public, and you can rework it."],
]);
const done = (status) => `${labelFor(taxonomy.case_study_statuses, status)}: ${DONE.get(status) || "saved."}`;

function show(study) {
  fillForm(form, { ...study, stages: study.stages.map(String), mentorship: study.mentorship ?? "" });
  byId("cs-status-section").hidden = false;
  byId("cs-status-now").textContent = publicationStatus(taxonomy.case_study_statuses, study.status);
  const moves = MOVES.get(study.status) || [];
  for (const button of document.querySelectorAll("#cs-status-section [data-move]")) button.hidden = !moves.includes(button.dataset.move);
  byId("cs-consent").textContent = study.mentorship
    ? `Mentor: ${study.consent_mentor ? "has agreed" : "has not agreed yet"}. Mentee: ${study.consent_mentee ? "has agreed" : "has not agreed yet"}.`
    : "Not about a mentorship, so nobody else needs to agree.";
}

async function start() {
  taxonomy = await vocabulary();
  form.querySelector("[data-slot=sectors]").replaceWith(checkboxGroup({ name: "sectors", legend: "Sectors", options: taxonomy.sectors, idPrefix: "cs-sectors" }));
  for (const box of form.querySelectorAll("input[name=stages]")) box.dataset.multi = "";
  if (id) show(await api(`case-studies/${id}/`));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  const body = readForm(form);
  body.stages = (body.stages || []).map(Number);
  if (body.mentorship === null || Number.isNaN(body.mentorship)) body.mentorship = null;
  try {
    const saved = await api(id ? `case-studies/${id}/` : "case-studies/", { method: id ? "PATCH" : "POST", body, busy: form.querySelector("button[type=submit]") });
    if (!id) {
      id = String(saved.id);
      window.history.replaceState(null, "", `/coordinator/case-studies/${id}/`);
      byId("title").textContent = "Edit case study";
    }
    show(saved);
    actionStatus(form, "Saved.", "ok");
  } catch (error) {
    showErrors(form, error);
  }
});

for (const button of document.querySelectorAll("[data-status]")) {
  button.addEventListener("click", async () => {
    try {
      const saved = await api(`case-studies/${id}/`, { method: "PATCH", body: { status: button.dataset.status }, busy: button });
      show(saved);
      // The button pressed is now hidden (and was disabled while saving): focus goes to what happened.
      actionStatus(byId("cs-status-section"), done(saved.status), "ok", { focus: true });
    } catch (error) {
      // Consent missing, say: the server's words, with focus.
      actionStatus(byId("cs-status-section"), error.message, "error", { focus: true });
    }
  });
}

start().catch((error) => actionStatus(form, error.message));
