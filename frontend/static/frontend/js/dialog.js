// Confirmation before an action that cannot simply be undone, in a native modal <dialog>:
// focus moves into it, Escape and Cancel close it, and focus returns to the button that opened
// it. An optional reason box is required before the action runs; errors from the server show
// inside the dialog, beside the field they name.

import { clearErrors, el, nextId, showErrors } from "./ui.js";

export function confirmDialog({ title, body = [], confirm, cancel = "Cancel", danger = false, reason = null, onConfirm }) {
  const id = nextId("dialog");
  const opener = document.activeElement;
  const reasonId = `${id}-reason`;
  const submit = el("button", { type: "submit", class: `button ${danger ? "button--danger" : "button--primary"}`, value: "confirm" }, confirm);
  const close = el("button", { type: "button", class: "button", value: "cancel" }, cancel);
  const form = el(
    "form",
    { id: `${id}-form`, class: "stack", novalidate: true },
    ...(Array.isArray(body) ? body : [body]).map((text) => (text instanceof Node ? text : el("p", {}, text))),
    reason
      ? el(
          "div",
          { class: "field", id: `${reasonId}-field`, "data-field": "reason" },
          el("label", { for: reasonId, "data-label": reason.label }, reason.label, el("span", { class: "req" }, " (required)")),
          reason.hint ? el("p", { class: "hint", id: `${reasonId}-hint` }, reason.hint) : null,
          el("textarea", { id: reasonId, name: "reason", rows: "4", maxlength: "2000", required: true, "aria-describedby": reason.hint ? `${reasonId}-hint` : undefined }),
        )
      : null,
    el("div", { class: "actions" }, submit, close),
  );
  const dialog = el("dialog", { class: "dialog", "aria-labelledby": `${id}-title` }, el("h2", { id: `${id}-title` }, title), form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let result = null;
    let refocus = opener;
    const finish = () => {
      dialog.remove();
      if (refocus instanceof HTMLElement && refocus.isConnected) refocus.focus();
      resolve(result);
    };
    close.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", finish, { once: true });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearErrors(form);
      const text = reason ? form.elements.reason.value.trim() : "";
      if (reason && !text) {
        showErrors(form, { data: { reason: [reason.missing || "Enter a reason"] }, message: "" });
        return;
      }
      submit.disabled = true;
      try {
        result = await onConfirm(text);
        // The caller may have redrawn the page: focus then goes where it says, if anywhere.
        if (result && result.focus instanceof HTMLElement) refocus = result.focus;
        dialog.close();
      } catch (error) {
        showErrors(form, error);
      } finally {
        submit.disabled = false;
      }
    });
    dialog.showModal();
    (reason ? form.elements.reason : submit).focus();
  });
}
