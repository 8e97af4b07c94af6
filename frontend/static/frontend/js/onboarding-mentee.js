// Onboarding for a fledgling mutual: complete the organisation, then file a request.
// Both forms keep drafts in sessionStorage until the API has saved them.

import { announce, api, vocabulary } from "./api.js";
import { setUpOrganisationForm } from "./organisation-form.js";
import { actionStatus, byId, checkboxGroup, clearErrors, keepDraft, readForm, showErrors } from "./ui.js";

const app = byId("app");
const orgForm = byId("org-form");
const requestForm = byId("request-form");

async function start() {
  const taxonomy = await vocabulary();
  requestForm.querySelector('[data-slot="needs"]').replaceWith(
    checkboxGroup({ name: "needs", legend: "Topics you want help with", options: taxonomy.topics, required: true, idPrefix: "req-needs", hint: "Choose at least one." }),
  );
  const { draft: orgDraft } = await setUpOrganisationForm({
    form: orgForm,
    organisationId: app.dataset.organisationId,
    sectors: taxonomy.sectors,
    sectorsHint: "Every sector your organisation works in.",
    onSaved: () => { if (app.dataset.firstTime) byId("req-title").scrollIntoView(); },
  });
  const requestDraft = keepDraft(requestForm, "request-new");
  if (orgDraft.restored || requestDraft.restored) announce("We restored what you typed earlier; it is not saved yet.");

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
