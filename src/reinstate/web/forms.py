"""Forms, with the upload limits: size (REINSTATE_MAX_UPLOAD_MB) and type (by extension)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from reinstate.web.models import Membership, Organisation, SellerAccount

NOTICE_TYPES = (".txt", ".eml", ".html", ".htm")
REPORT_TYPES = (".txt", ".tsv", ".csv", ".json", ".gz")
EVIDENCE_TYPES = (
    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".heic", ".heif",
    ".docx", ".doc", ".xlsx", ".xls", ".csv", ".txt", ".tsv",
)  # fmt: skip
MAX_FILES = 20


def check_upload(upload: Any, allowed: tuple[str, ...]) -> Any:
    suffix = Path(upload.name).suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            f"{upload.name}: files of type {suffix or '(none)'} are not accepted here; "
            f"use {', '.join(allowed)}."
        )
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"{upload.name} is {filesizeformat(upload.size)}; the limit is "
            f"{filesizeformat(settings.MAX_UPLOAD_BYTES)} per file."
        )
    return upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, each checked against `allowed` and the size limit."""

    def __init__(self, *args: Any, allowed: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.allowed = allowed
        attrs = {"accept": ",".join(allowed), "multiple": True}
        kwargs.setdefault("widget", MultipleFileInput(attrs=attrs))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        uploads = data if isinstance(data, list | tuple) else [data]
        uploads = [u for u in uploads if u]
        if not uploads:
            raise ValidationError("Choose at least one file.")
        if len(uploads) > MAX_FILES:
            raise ValidationError(f"Upload at most {MAX_FILES} files at once.")
        return [
            check_upload(super(MultipleFileField, self).clean(u, initial), self.allowed)
            for u in uploads
        ]


class NewCaseForm(forms.Form):
    seller = forms.ModelChoiceField(queryset=SellerAccount.objects.none(), label="Seller account")
    notice_text = forms.CharField(
        label="Amazon's message",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "placeholder": "Paste the whole message here"}),
    )
    notice_file = forms.FileField(label="or upload it (.txt, .eml, .html)", required=False)
    received = forms.DateField(
        label="Received on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty to use the date in the message, or today when it has none.",
    )

    def __init__(self, *args: Any, sellers: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["seller"].queryset = sellers  # type: ignore[attr-defined]
        if len(sellers) == 1:
            self.fields["seller"].initial = sellers[0]

    def clean_notice_file(self) -> Any:
        upload = self.cleaned_data.get("notice_file")
        return check_upload(upload, NOTICE_TYPES) if upload else None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("notice_text", "").strip() and not data.get("notice_file"):
            raise ValidationError("Paste Amazon's message or upload it.")
        return data

    def notice(self) -> tuple[str, str]:
        """The notice's text and file name."""
        upload = self.cleaned_data.get("notice_file")
        if upload:
            return upload.read().decode("utf-8", errors="replace"), upload.name
        return self.cleaned_data["notice_text"], "notice.txt"


class ReportsForm(forms.Form):
    files = MultipleFileField(label="Report files", allowed=REPORT_TYPES)


class EvidenceForm(forms.Form):
    files = MultipleFileField(label="Evidence files", allowed=EVIDENCE_TYPES)


class PlanForm(forms.Form):
    text = forms.CharField(required=False, widget=forms.Textarea, max_length=100_000)


class ReplyForm(forms.Form):
    reply_text = forms.CharField(
        label="Amazon's reply",
        widget=forms.Textarea(attrs={"rows": 10, "placeholder": "Paste Amazon's reply here"}),
        max_length=200_000,
    )


class SellerForm(forms.ModelForm):
    class Meta:
        model = SellerAccount
        fields = [
            "name", "business_name", "address", "phone", "email", "merchant_token", "marketplaces",
        ]  # fmt: skip
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}


class SellerChoices(forms.ModelMultipleChoiceField):
    """The organisation's seller accounts, as ticks; only clients' links matter."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            queryset=SellerAccount.objects.none(),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Seller accounts (for a client: the cases they may see)",
            **kwargs,
        )


def _client_needs_sellers(form: forms.Form) -> None:
    data = form.cleaned_data
    if data.get("role") == "client" and not data.get("sellers"):
        form.add_error("sellers", "A client sees only the cases of the seller accounts ticked.")


class MemberAddForm(forms.Form):
    username = forms.CharField(
        max_length=150,
        help_text="Their sign-in name. A new name gets a new account, its password shown once.",
    )
    role = forms.ChoiceField(choices=Membership.ROLES, initial="staff")
    sellers = SellerChoices()

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["sellers"].queryset = organisation.sellers.order_by("name")  # type: ignore[attr-defined]

    def clean_username(self) -> str:
        name = str(self.cleaned_data["username"]).strip()
        if self.organisation.members.filter(user__username=name).exists():
            raise ValidationError(f"{name} is a member already: change their role below.")
        from django.contrib.auth.validators import UnicodeUsernameValidator

        UnicodeUsernameValidator()(name)
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        _client_needs_sellers(self)
        return data


class MemberChangeForm(forms.ModelForm):
    sellers = SellerChoices()

    class Meta:
        model = Membership
        fields = ["role"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sellers = self.instance.organisation.sellers.order_by("name")
        self.fields["sellers"].queryset = sellers  # type: ignore[attr-defined]
        self.fields["sellers"].initial = [s.pk for s in self.instance.seller_accounts.all()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        _client_needs_sellers(self)
        return data

    def save(self, commit: bool = True) -> Membership:
        membership = super().save(commit=commit)
        membership.seller_accounts.set(self.cleaned_data["sellers"])
        return membership
