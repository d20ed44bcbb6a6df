from django.contrib.auth import views as auth_views
from django.urls import path

from reinstate.web.views import cases, draft, files, members, package, plan

urlpatterns = [
    path("", cases.dashboard, name="dashboard"),
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        auth_views.PasswordChangeView.as_view(template_name="web/password.html", success_url="/"),
        name="password",
    ),
    path("sellers/", cases.sellers, name="sellers"),
    path("members/", members.members, name="members"),
    path("members/<int:membership_id>/", members.change_member, name="change_member"),
    path("members/<int:membership_id>/remove/", members.remove_member, name="remove_member"),
    path("cases/new/", cases.new_case, name="new_case"),
    path("cases/<int:case_id>/", cases.case_page, name="case"),
    path("cases/<int:case_id>/state/", cases.change_state, name="change_state"),
    path("cases/<int:case_id>/audit/", cases.audit_log, name="audit"),
    path("cases/<int:case_id>/reports/", files.reports, name="reports"),
    path("cases/<int:case_id>/jobs/<int:job_id>/", files.job_status, name="job"),
    path("cases/<int:case_id>/charts/<str:name>", files.chart, name="chart"),
    path("cases/<int:case_id>/evidence/", files.evidence, name="evidence"),
    path(
        "cases/<int:case_id>/evidence/<int:item_id>/file",
        files.evidence_file,
        name="evidence_file",
    ),
    path(
        "cases/<int:case_id>/evidence/<int:item_id>/preview.png",
        files.evidence_preview,
        name="evidence_preview",
    ),
    path(
        "cases/<int:case_id>/evidence/<int:item_id>/issues/",
        files.link_issues,
        name="evidence_issues",
    ),
    path(
        "cases/<int:case_id>/evidence/<int:item_id>/remove/",
        files.remove_evidence,
        name="remove_evidence",
    ),
    path("cases/<int:case_id>/draft/", draft.draft, name="draft"),
    path("cases/<int:case_id>/plan/", plan.plan, name="plan"),
    path("cases/<int:case_id>/plan/review/", plan.live_review, name="live_review"),
    path("cases/<int:case_id>/package/", package.package_page, name="package"),
    path("cases/<int:case_id>/package/build/", package.build_package, name="build_package"),
    path("cases/<int:case_id>/package/<str:name>", package.package_file, name="package_file"),
    path("cases/<int:case_id>/attempts/", plan.attempts, name="attempts"),
    path("cases/<int:case_id>/attempts/submit/", plan.submit, name="submit"),
    path("cases/<int:case_id>/attempts/<int:number>/reply/", plan.reply, name="reply"),
]
