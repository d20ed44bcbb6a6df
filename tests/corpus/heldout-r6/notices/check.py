#!/usr/bin/env python3
"""Validate the round-6 held-out notice set: format, vocabulary, counts, and that every
labelled ASIN / order ID really occurs in the decoded message (and warn on unlabelled ones).
stdlib only. Usage: python3 check.py [folder]"""
import sys, os, re, json, glob, email, collections
from email import policy

MESSAGE_TYPES = ["deactivation", "listing-removal", "warning", "account-review",
                 "appeal-more-info", "appeal-denied", "reinstated"]
VIOLATIONS = ["inauthentic", "ip-trademark", "ip-copyright", "ip-patent", "ip-suspected",
              "condition-used-sold-as-new", "condition-complaint", "product-safety",
              "restricted-products", "listing-policy", "review-manipulation", "search-manipulation",
              "related-account", "code-of-conduct", "verification", "order-defect-rate",
              "late-shipment-rate", "cancellation-rate", "valid-tracking-rate",
              "on-time-delivery-rate", "shipment-confirmation", "other"]
DOC_KINDS = ["invoice", "receipt", "letter-of-authorization", "license-agreement", "retraction",
             "brand-registration", "business-license", "identity-document", "utility-bill",
             "bank-statement", "credit-card-statement", "order-confirmation", "tracking",
             "import-export-documents", "safety-test-report", "certificate-of-compliance",
             "product-images", "plan-of-action", "other"]
KEYS = ["message_type", "violations", "asins", "order_ids", "deadline_days", "document_kinds"]
ASIN_RE = re.compile(r"^B0[0-9A-Z]{8}$")
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ASIN_SCAN = re.compile(r"(?<![0-9A-Za-z])B0[0-9A-Z]{8}(?![0-9A-Za-z])")
ORDER_SCAN = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
NAME_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(txt|eml|html)$")

# language of the Amazon text in each message (for the counts only)
LANG = {"03": "de", "14": "de", "15": "fr", "24": "fr", "06": "es", "17": "es", "09": "it",
        "05": "ja", "20": "ja", "30": "ja", "11": "pt"}
WANT_EXT = {"txt": 12, "eml": 12, "html": 10}


def message_text(path):
    raw = open(path, "rb").read()
    if path.endswith(".eml"):
        msg = email.message_from_bytes(raw, policy=policy.default)
        out = [str(msg.get("Subject", ""))]
        for part in msg.walk():
            if part.is_multipart():
                continue
            out.append(part.get_content())
        return "\n".join(out)
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1")


def main(folder):
    errors, warnings = [], []
    msgs = sorted(f for f in os.listdir(folder)
                  if re.search(r"\.(txt|eml|html)$", f) and f[:2].isdigit())
    ext_count = collections.Counter(f.rsplit(".", 1)[1] for f in msgs)
    types, viols, kinds, langs = (collections.Counter() for _ in range(4))
    multi = 0
    nums = [f[:2] for f in msgs]
    if len(set(nums)) != len(nums):
        errors.append("duplicate NN prefixes")
    for f in msgs:
        if not NAME_RE.match(f):
            errors.append(f"{f}: bad file name")
        exp_path = os.path.join(folder, f.rsplit(".", 1)[0] + ".expected.json")
        if not os.path.exists(exp_path):
            errors.append(f"{f}: missing expected.json")
            continue
        try:
            exp = json.load(open(exp_path, encoding="utf-8"))
        except Exception as e:
            errors.append(f"{exp_path}: bad JSON {e}")
            continue
        if sorted(exp) != sorted(KEYS):
            errors.append(f"{f}: keys {sorted(exp)}")
            continue
        if exp["message_type"] not in MESSAGE_TYPES:
            errors.append(f"{f}: message_type {exp['message_type']}")
        for v in exp["violations"]:
            if v not in VIOLATIONS:
                errors.append(f"{f}: violation {v}")
        for d in exp["document_kinds"]:
            if d not in DOC_KINDS:
                errors.append(f"{f}: document kind {d}")
        for lst in ("violations", "asins", "order_ids", "document_kinds"):
            if not isinstance(exp[lst], list) or len(set(exp[lst])) != len(exp[lst]):
                errors.append(f"{f}: {lst} must be a list without duplicates")
        dd = exp["deadline_days"]
        if dd is not None and (not isinstance(dd, int) or isinstance(dd, bool) or dd <= 0):
            errors.append(f"{f}: deadline_days {dd!r}")
        text = message_text(os.path.join(folder, f))
        for a in exp["asins"]:
            if not ASIN_RE.match(a):
                errors.append(f"{f}: bad ASIN {a}")
            elif a not in text:
                errors.append(f"{f}: ASIN {a} not found in decoded text")
        for o in exp["order_ids"]:
            if not ORDER_RE.match(o):
                errors.append(f"{f}: bad order id {o}")
            elif o not in text:
                errors.append(f"{f}: order id {o} not found in decoded text")
        extra_a = set(ASIN_SCAN.findall(text)) - set(exp["asins"])
        extra_o = set(ORDER_SCAN.findall(text)) - set(exp["order_ids"])
        if extra_a or extra_o:
            warnings.append(f"{f}: IDs in text but not labelled: {sorted(extra_a | extra_o)}")
        types[exp["message_type"]] += 1
        viols.update(exp["violations"])
        kinds.update(exp["document_kinds"])
        langs[LANG.get(f[:2], "en")] += 1
        multi += len(exp["violations"]) >= 2
    for ext, n in WANT_EXT.items():
        if ext_count[ext] != n:
            errors.append(f"expected {n} .{ext}, found {ext_count[ext]}")
    for t in MESSAGE_TYPES:
        if not types[t]:
            errors.append(f"message type {t} never used")
    print(f"messages: {len(msgs)}  by layout: {dict(ext_count)}")
    print("message types:", dict(types))
    print("violations:", dict(sorted(viols.items())))
    print("unused violations:", [v for v in VIOLATIONS if not viols[v]])
    print("messages with 2+ violations:", multi)
    print("document kinds:", dict(sorted(kinds.items())))
    print("languages:", dict(langs), "| non-English:", sum(n for l, n in langs.items() if l != "en"))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
