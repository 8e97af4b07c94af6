// "Raise a concern" on a mentorship page: goes to the coordinators only, never the other side.

import { api } from "./api.js";
import { actionStatus, byId, clearErrors, readForm, showErrors } from "./ui.js";

const form = byId("concern-form");
if (form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector("button[type=submit]");
    try {
      const sent = await api(`mentorships/${form.dataset.mentorshipId}/concern/`, { method: "POST", body: readForm(form), busy: button });
      form.reset();
      actionStatus(form, `Sent to the programme team (reference ${sent.reference}). They will contact you; the other side is not told.`, "ok");
    } catch (error) {
      showErrors(form, error);
    }
  });
}
