// The guide's checklist for a fledgling mutual: each tick is saved at once (the whole list, PUT).

import { api } from "./api.js";
import { actionStatus, byId } from "./ui.js";

const form = byId("checklist");
const status = byId("checklist-status");

form.addEventListener("change", async () => {
  // The page lists one stage; keep the organisation's ticks on other stages as they are.
  const progress = await api("guide/progress/");
  const here = [...form.querySelectorAll("input[name=done]")];
  const elsewhere = progress.done.filter((id) => !here.some((box) => box.value === id));
  const done = [...elsewhere, ...here.filter((box) => box.checked).map((box) => box.value)];
  try {
    await api("guide/progress/", { method: "PUT", body: { done } });
    actionStatus(status.parentElement, "Saved.", "ok");
  } catch (error) {
    actionStatus(status.parentElement, error.message);
  }
});
