"""Forms, with the upload limits: size (REINSTATE_MAX_UPLOAD_MB) and type (by extension)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from reinstate.web.models import SellerAccount

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
