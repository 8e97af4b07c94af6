// A coordinator's resource form: JSON for the fields, multipart for the file, PATCH for status.

import { api, ApiError, cookie, vocabulary } from "./api.js";
import { actionStatus, byId, checkboxGroup, clearErrors, fillForm, labelFor, publicationStatus, readForm, showErrors } from "./ui.js";

const app = byId("app");
let id = app.dataset.resourceId;
const form = byId("resource-form");
let taxonomy = {};

// What a status change did, in words, after the status's own label from GET taxonomy/.
const DONE = new Map([
  ["published", "everyone can see it now."],
  ["draft", "only coordinators can see it now."],
  ["archived", "it has left the library and every signpost."],
]);
const done = (status) => `${labelFor(taxonomy.resource_statuses, status)}: ${DONE.get(status) || "saved."}`;

function show(resource) {
  fillForm(form, resource);
  byId("file-section").hidden = false;
  byId("status-section").hidden = false;
  byId("status-now").textContent = publicationStatus(taxonomy.resource_statuses, resource.status);
  // Offer only the moves away from where it is (a published resource has no Publish button).
  for (const button of document.querySelectorAll("#status-section [data-status]")) button.hidden = button.dataset.status === resource.status;
  byId("file-current").textContent = resource.file_name ? `Current file: ${resource.file_name}` : "No file uploaded.";
}

async function start() {
  taxonomy = await vocabulary();
  form.querySelector("[data-slot=topics]").replaceWith(checkboxGroup({ name: "topics", legend: "Topics", options: taxonomy.topics, idPrefix: "res-topics" }));
  form.querySelector("[data-slot=sectors]").replaceWith(checkboxGroup({
    name: "sectors", legend: "Service areas", options: taxonomy.sectors, idPrefix: "res-sectors",
    hint: "Tick only when it was written for some service areas alone (Right to Provide is for NHS and social care staff). Leave all unticked when it applies to every mutual.",
  }));
  if (id) show(await api(`resources/${id}/`));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  const body = readForm(form);
  body.stages = [...form.querySelectorAll("input[name=stages]:checked")].map((box) => Number(box.value));
  try {
    const saved = await api(id ? `resources/${id}/` : "resources/", { method: id ? "PATCH" : "POST", body, busy: form.querySelector("button[type=submit]") });
    if (!id) {
      id = String(saved.id);
      window.history.replaceState(null, "", `/coordinator/resources/${id}/`);
      byId("title").textContent = "Edit resource";
    }
    show(saved);
    actionStatus(form, "Saved.", "ok");
  } catch (error) {
    showErrors(form, error);
  }
});

byId("file-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const fileForm = event.currentTarget;
  clearErrors(fileForm);
  const input = byId("res-file");
  if (!input.files.length) {
    // Nothing to send: say so beside the file input, as the API would for a bad file.
    showErrors(fileForm, new ApiError(400, { errors: { file: ["Choose a file to upload"] } }));
    return;
  }
  const data = new FormData();
  data.append("file", input.files[0]);
  const response = await fetch(`/api/v1/resources/${id}/file/`, {
    method: "PUT", body: data, credentials: "same-origin",
    headers: { "X-CSRFToken": cookie("csrftoken"), Accept: "application/json" },
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    showErrors(fileForm, new ApiError(response.status, answer));
    return;
  }
  show(answer);
  actionStatus(fileForm, "File uploaded.", "ok");
});

for (const button of document.querySelectorAll("[data-status]")) {
  button.addEventListener("click", async () => {
    try {
      const saved = await api(`resources/${id}/`, { method: "PATCH", body: { status: button.dataset.status }, busy: button });
      show(saved);
      // The button pressed is now hidden (and was disabled while saving): focus goes to what happened.
      actionStatus(byId("status-section"), done(saved.status), "ok", { focus: true });
    } catch (error) {
      actionStatus(byId("status-section"), error.message, "error", { focus: true });
    }
  });
}

start().catch((error) => actionStatus(form, error.message));
