"""The web workbench (`reinstate serve`): cases, reports, evidence, the plan with live review,
submissions and Amazon's replies, in the browser. A thin Django shell over the core: views
handle HTTP, forms, permissions and storage, and call reinstate.notice, .metrics, .evidence and
.review for everything else. Settings: reinstate.web.settings (docs/web.md)."""
