"""The workbench's records: who works on what (organisations, members, seller accounts) and
the case itself (notice, state, files, plan versions, attempts, audit trail).

Text of notices and plans is stored, never logged; audit events hold names and numbers only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import LazyObject

from reinstate.web.states import STATES


class PrivateStorage(LazyObject):
    """Uploaded files, in the data directory and outside every static root."""

    def _setup(self) -> None:
        self._wrapped = FileSystemStorage(location=settings.FILES_DIR, base_url=None)


_private_storage = PrivateStorage()


def private_storage() -> Any:
    """The storage of uploads (a callable, so that migrations name it, not a folder)."""
    return _private_storage


class Organisation(models.Model):
    """A seller managing its own appeals, or an agency serving many client sellers."""

    KINDS = {"seller": "Seller", "agency": "Agency"}
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=KINDS, default="agency")
    created = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name


class SellerAccount(models.Model):
    """An Amazon selling account, with the details packaging and invoice checks compare."""

    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="sellers")
    name = models.CharField("store name", max_length=200)
    business_name = models.CharField("legal business name", max_length=200, blank=True)
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    email = models.EmailField(blank=True)
    merchant_token = models.CharField(max_length=40, blank=True)
    marketplaces = models.CharField(max_length=100, blank=True, help_text="e.g. US, CA")

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A person's role in an organisation; a client sees only its own seller accounts."""

    ROLES = {"owner": "Owner", "staff": "Staff", "client": "Client"}
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="members")
    role = models.CharField(max_length=10, choices=ROLES)
    seller_accounts = models.ManyToManyField(SellerAccount, blank=True, related_name="clients")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_role_per_org")
        ]


class Case(models.Model):
    """One notice from Amazon and everything done to answer it."""

    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="cases")
    seller = models.ForeignKey(SellerAccount, models.CASCADE, related_name="cases")
    title = models.CharField(max_length=200)
    state = models.CharField(max_length=20, choices=STATES, default="new")
    notice_text = models.TextField()
    notice = models.JSONField(default=dict)  # reinstate.notice JSON shape, version 1
    message_type = models.CharField(max_length=40)
    violations = models.JSONField(default=list)
    asins = models.JSONField(default=list)
    deadline = models.DateField(null=True, blank=True)
    checklist = models.JSONField(default=list)  # requests of Amazon's last reply
    poa_text = models.TextField(blank=True)  # the working draft
    draft_answers = models.JSONField(default=dict, blank=True)  # the interview, as typed
    metrics = models.JSONField(null=True, blank=True)  # reinstate.metrics JSON shape
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["organisation", "state", "deadline"]),
            # the dashboard reads each organisation's (or client's sellers') open cases in
            # deadline order and stops at its limit (views.cases.nearest_deadlines)
            models.Index(fields=["organisation", "deadline"], name="case_org_deadline"),
            models.Index(fields=["seller", "deadline"], name="case_seller_deadline"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def state_label(self) -> str:
        return STATES[self.state]

    @property
    def days_left(self) -> int | None:
        if self.deadline is None:
            return None
        return (self.deadline - dt.date.today()).days

    def issues(self) -> list[dict[str, Any]]:
        return list(self.notice.get("issues", []))


class Transition(models.Model):
    case = models.ForeignKey(Case, models.CASCADE, related_name="transitions")
    source = models.CharField(max_length=20)
    target = models.CharField(max_length=20)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    at = models.DateTimeField(default=timezone.now)


class UploadedFile(models.Model):
    case = models.ForeignKey(Case, models.CASCADE)
    file = models.FileField(storage=private_storage, max_length=300)
    name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=40, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


class ReportFile(UploadedFile):
    """A report file from Seller Central (orders, returns, feedback, account health...)."""

    class Meta:
        default_related_name = "reports"


class EvidenceFile(UploadedFile):
    """A document backing the plan, with the evidence check's verdict and a preview."""

    ready = models.BooleanField(default=False)
    pages = models.PositiveIntegerField(default=0)
    findings = models.JSONField(default=list)
    invoice_fields = models.JSONField(default=dict)
    preview = models.FileField(storage=private_storage, max_length=300, blank=True)
    issue_ids = models.JSONField(default=list)  # the notice issues this exhibit answers

    class Meta:
        default_related_name = "evidence"


class Job(models.Model):
    """A long computation (metrics on big files), with progress for the page to poll."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="jobs")
    kind = models.CharField(max_length=20)
    # running / done / failed; a package the gate refused is "refused"
    status = models.CharField(max_length=10, default="running")
    message = models.CharField(max_length=300, blank=True)
    step = models.PositiveIntegerField(default=0)
    steps = models.PositiveIntegerField(default=1)
    started = models.DateTimeField(default=timezone.now)
    result = models.JSONField(default=dict, blank=True)  # a package's verdict and findings


class PoaVersion(models.Model):
    """A frozen copy of the plan (made when an attempt is submitted)."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    summary = models.JSONField(default=dict)  # the review's counts when frozen
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="version_number")]


class Attempt(models.Model):
    """One submission to Amazon: the plan version sent, and Amazon's reply once pasted."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    version = models.ForeignKey(PoaVersion, models.PROTECT, related_name="attempts")
    checklist = models.JSONField(default=list)  # what the previous reply asked for
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    submitted_at = models.DateTimeField(default=timezone.now)
    reply_text = models.TextField(blank=True)
    reply = models.JSONField(null=True, blank=True)  # the notice intake's reading of it
    reply_type = models.CharField(max_length=40, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="attempt_number")]


class AuditEvent(models.Model):
    """Every change, who made it and when. `detail` holds names and counts, never text."""

    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="events")
    case = models.ForeignKey(Case, models.CASCADE, null=True, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict)

    class Meta:
        indexes = [models.Index(fields=["case", "at"])]
