// "Was this useful?" on a resource page: one answer per person, which they may change.

import { api } from "./api.js";
import { actionStatus, byId } from "./ui.js";

const form = byId("useful");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const useful = event.submitter?.value === "yes";
  try {
    await api(`resources/${form.dataset.resourceId}/useful/`, { method: "POST", body: { useful }, busy: event.submitter });
    for (const button of form.querySelectorAll("button[name=useful]")) button.setAttribute("aria-pressed", String((button.value === "yes") === useful));
    byId("useful-said")?.remove();
    // The button was disabled while the answer was sent, which drops focus: it goes to the answer.
    actionStatus(form, "Thank you: we have recorded your answer.", "ok", { focus: true });
  } catch (error) {
    actionStatus(form, error.message, "error", { focus: true });
  }
});
