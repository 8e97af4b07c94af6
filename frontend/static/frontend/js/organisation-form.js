// The organisation form (frontend/_organisation_form.html), shared by the fledgling mutual's
// page and the mentor's: fills it from organisations/, keeps a draft, and saves it with PATCH
// (or POST for a mentee who has none yet). Errors appear beside the fields they name.

import { api } from "./api.js";
import { actionStatus, checkboxGroup, clearErrors, fillForm, keepDraft, readForm, showErrors } from "./ui.js";

// Returns { draft, organisation }; onSaved(saved) runs after each save.
export async function setUpOrganisationForm({ form, organisationId, sectors, sectorsHint, onSaved }) {
  form.querySelector('[data-slot="sectors"]').replaceWith(
    checkboxGroup({ name: "sectors", legend: "Sectors", options: sectors, idPrefix: "org-sectors", hint: sectorsHint }),
  );
  let id = organisationId || "";
  const organisation = id ? await api(`organisations/${id}/`) : null;
  if (organisation) fillForm(form, organisation);
  const draft = keepDraft(form, `organisation-${id || "new"}`);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector("button[type=submit]");
    try {
      const body = readForm(form);
      const saved = id
        ? await api(`organisations/${id}/`, { method: "PATCH", body, busy: button })
        : await api("organisations/", { method: "POST", body, busy: button });
      id = String(saved.id);
      draft.clear();
      fillForm(form, saved);
      actionStatus(button.parentElement, "Organisation saved.", "ok");
      onSaved?.(saved);
    } catch (error) {
      showErrors(form, error);
    }
  });
  return { draft, organisation };
}
