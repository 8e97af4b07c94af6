// The coordinator dashboard's count of new enquiries.

import { api } from "./api.js";
import { byId } from "./ui.js";

const target = byId("new-enquiries");
if (target) {
  api("enquiries/?status=new&page_size=1").then((data) => {
    const n = data.count;
    target.textContent = n === 1 ? "1 new enquiry" : `${n} new enquiries`;
  }).catch(() => { target.textContent = "the inbox"; });
}
