// "Your account": closing it asks for the password, confirms in a dialog, then calls
// DELETE /api/v1/me/. A wrong password comes back beside the field; success lands on a page
// that says the account is closed (the session ended with it).

import { api } from "./api.js";
import { confirmDialog } from "./dialog.js";
import { byId, clearErrors, showErrors } from "./ui.js";

const CLOSED_URL = "/account/closed/";

const form = byId("close-form");
const password = byId("close-password");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  if (!password.value) {
    showErrors(form, { data: { password: ["Enter your password to close your account"] }, message: "" });
    return;
  }
  let failed = null;
  const closed = await confirmDialog({
    title: "Close your account for good?",
    body: [
      "Your name, e-mail address and sign-in details will be erased and you will be signed out. Live mentorships end and the other side is told.",
      "This cannot be undone.",
    ],
    confirm: "Yes, close my account",
    cancel: "Keep my account",
    danger: true,
    onConfirm: async () => {
      try {
        await api("me/", { method: "DELETE", body: { password: password.value } });
        return { closed: true };
      } catch (error) {
        // Shown on the page, beside the password field, once the dialog has closed.
        failed = error;
        return { focus: password };
      }
    },
  });
  if (closed?.closed) {
    window.location.assign(CLOSED_URL);
    return;
  }
  if (failed) showErrors(form, failed);
});
