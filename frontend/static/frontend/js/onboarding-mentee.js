// Onboarding for a fledgling mutual: complete the organisation, then file a request.
// Both forms keep drafts in sessionStorage until the API has saved them.

import { announce, api, vocabulary } from "./api.js";
import { actionStatus, byId, checkboxGroup, clearErrors, fillForm, keepDraft, readForm, showErrors } from "./ui.js";

const app = byId("app");
const orgForm = byId("org-form");
const requestForm = byId("request-form");
let organisationId = app.dataset.organisationId;

async function start() {
  const taxonomy = await vocabulary();
  orgForm.querySelector('[data-slot="sectors"]').replaceWith(
    checkboxGroup({ name: "sectors", legend: "Sectors", options: taxonomy.sectors, idPrefix: "org-sectors", hint: "Every sector your organisation works in." }),
  );
  requestForm.querySelector('[data-slot="needs"]').replaceWith(
    checkboxGroup({ name: "needs", legend: "Topics you want help with", options: taxonomy.topics, required: true, idPrefix: "req-needs", hint: "Choose at least one." }),
  );
  if (organisationId) fillForm(orgForm, await api(`organisations/${organisationId}/`));
  const orgDraft = keepDraft(orgForm, `organisation-${organisationId || "new"}`);
  const requestDraft = keepDraft(requestForm, "request-new");
  if (orgDraft.restored || requestDraft.restored) announce("We restored what you typed earlier; it is not saved yet.");

  orgForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(orgForm);
    const button = orgForm.querySelector("button[type=submit]");
    try {
      const body = readForm(orgForm);
      const saved = organisationId
        ? await api(`organisations/${organisationId}/`, { method: "PATCH", body, busy: button })
        : await api("organisations/", { method: "POST", body, busy: button });
      organisationId = String(saved.id);
      orgDraft.clear();
      fillForm(orgForm, saved);
      actionStatus(button.parentElement, "Organisation saved.", "ok");
      if (app.dataset.firstTime) byId("req-title").scrollIntoView();
    } catch (error) {
      showErrors(orgForm, error);
    }
  });

  requestForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(requestForm);
    const button = requestForm.querySelector("button[type=submit]");
    try {
      await api("requests/", { method: "POST", body: readForm(requestForm), busy: button });
      requestDraft.clear();
      // The dashboard shows the new request with its timeline, starting at scoring.
      window.location.assign("/dashboard/?filed=1");
    } catch (error) {
      showErrors(requestForm, error);
    }
  });
}

start().catch((error) => actionStatus(app, `This page could not load: ${error.message}`));
