// The public "Contact the programme" form: sends the enquiry as JSON and shows its reference.

import { api } from "./api.js";
import { byId, clearErrors, readForm, showErrors } from "./ui.js";

const form = byId("contact-form");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  const button = form.querySelector("button[type=submit]");
  try {
    const sent = await api("enquiries/", { method: "POST", body: readForm(form), busy: button });
    byId("reference").textContent = sent.reference;
    form.hidden = true;
    const done = byId("sent");
    done.hidden = false;
    done.focus();
  } catch (error) {
    if (error.status === 429) error.message = "You have sent several messages in the last hour. Please try again later.";
    showErrors(form, error);
  }
});
