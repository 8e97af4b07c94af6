// A coordinator ends a mentorship with a reason: POST mentorships/{id}/end/, then show the
// page again so the new status and the reason are read from the server.

import { api } from "./api.js";
import { byId, clearErrors, showErrors } from "./ui.js";

const form = byId("end-form");
if (form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector("button[type=submit]");
    const reason = form.elements.namedItem("reason").value.trim();
    if (!reason) {
      showErrors(form, { data: { reason: ["Give a reason: both sides will read it."] }, message: "" });
      return;
    }
    try {
      await api(`mentorships/${form.dataset.mentorship}/end/`, { method: "POST", body: { reason }, busy: button });
      window.location.reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
}
