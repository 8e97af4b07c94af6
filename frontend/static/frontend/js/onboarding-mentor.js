// Onboarding for a mentor: expertise, sectors, capacity and a bio, saved to mentors/.
// The draft survives a reload or a failed save.

import { announce, api, apiAll, ApiError, vocabulary } from "./api.js";
import { setUpOrganisationForm } from "./organisation-form.js";
import { actionStatus, byId, checkboxGroup, clearErrors, fillForm, keepDraft, readForm, showErrors } from "./ui.js";

const app = byId("app");
const form = byId("profile-form");

async function start() {
  const [taxonomy, mentors] = await Promise.all([vocabulary(), apiAll("mentors/")]);
  form.querySelector('[data-slot="expertise"]').replaceWith(
    checkboxGroup({ name: "expertise", legend: "Topics you can advise on", options: taxonomy.topics, required: true, idPrefix: "profile-expertise", hint: "Choose at least one." }),
  );
  form.querySelector('[data-slot="sectors"]').replaceWith(
    checkboxGroup({ name: "sectors", legend: "Sectors you have worked in", options: taxonomy.sectors, idPrefix: "profile-sectors", hint: "Tick every sector you know well." }),
  );
  // Their mutual's details, below the profile (a mentor always has one from signing up).
  const orgForm = document.getElementById("org-form");
  const mutual = orgForm
    ? await setUpOrganisationForm({
        form: orgForm,
        organisationId: app.dataset.organisationId,
        sectors: taxonomy.sectors,
        sectorsHint: "Every sector your mutual works in.",
      })
    : null;
  const own = mutual?.organisation;
  let profile = mentors.find((m) => String(m.user) === app.dataset.userId);
  if (profile) fillForm(form, profile);
  else {
    // A new mentor has most likely worked in their own mutual's sectors: start from those.
    if (own?.sectors?.length) {
      fillForm(form, { sectors: own.sectors });
      const hint = form.querySelector("#profile-sectors-field .hint");
      if (hint) hint.textContent = `We have ticked the sectors of ${own.name}. Change them if your experience is different.`;
    }
  }
  const draft = keepDraft(form, "mentor-profile");
  if (draft.restored || mutual?.draft.restored) announce("We restored what you typed earlier; it is not saved yet.");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector("button[type=submit]");
    const body = readForm(form);
    if (!body.expertise?.length) {
      // Matching has nothing to go on without expertise, so ask before the round trip.
      showErrors(form, new ApiError(400, { errors: { expertise: ["Choose at least one topic you can advise on."] } }));
      return;
    }
    try {
      profile = profile
        ? await api(`mentors/${profile.id}/`, { method: "PATCH", body, busy: button })
        : await api("mentors/", { method: "POST", body, busy: button });
      draft.clear();
      if (app.dataset.firstTime) {
        window.location.assign("/dashboard/");
        return;
      }
      fillForm(form, profile);
      actionStatus(button.parentElement, "Profile saved.", "ok");
    } catch (error) {
      showErrors(form, error);
    }
  });
}

start().catch((error) => actionStatus(app, `This page could not load: ${error.message}`));
