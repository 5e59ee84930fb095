// GOV.UK Frontend's components (service navigation menu, error summary, notification banner,
// details, skip link): a module script, so only browsers that can run them are told they can.
// The version is the webjar's: WebApp.GOVUK_FRONTEND and the pom say the same.
import { initAll } from "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

