#!/usr/bin/env python3
"""Validate format and counts of the round-6 invoice held-out set (stdlib only)."""
import json, os, re, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = {"quality.blurry", "quality.faded", "quality.dark", "quality.skewed", "quality.cropped", "quality.low-resolution",
         "format.corrupt", "invoice.date-outside-window", "invoice.buyer-mismatch", "invoice.supplier-contact-missing",
         "invoice.quantity-insufficient", "invoice.refused-type", "invoice.not-itemised", "invoice.items-unmatched",
         "tamper.editor-metadata"}
HEADER = ("amazon-order-id merchant-order-id purchase-date last-updated-date order-status fulfillment-channel "
          "sales-channel order-channel url ship-service-level product-name sku asin item-status quantity currency "
          "item-price item-tax shipping-price shipping-tax gift-wrap-price gift-wrap-tax item-promotion-discount "
          "ship-promotion-discount ship-city ship-state ship-postal-code ship-country promotion-ids "
          "is-business-order purchase-order-number price-designation").split()
ASIN = re.compile(r"^B0[A-Z0-9]{8}$")
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errs = []


def err(m):
    errs.append(m)


notice = json.load(open(os.path.join(HERE, "notice.json")))
if set(notice) != {"version", "received", "asins", "marketplace"} or notice["version"] != 1 or notice["marketplace"] != "US":
    err("notice.json keys/values")
if len(notice["asins"]) != 15 or len(set(notice["asins"])) != 15 or not all(ASIN.match(a) for a in notice["asins"]):
    err("notice asins")
recv = dt.date.fromisoformat(notice["received"])
lo = recv - dt.timedelta(days=365)

acct = open(os.path.join(HERE, "account.toml")).read()
for k in ["name", "business_name", "address", "phone", "email", "merchant_token", "marketplaces"]:
    if not re.search(rf"^{k} = ", acct, re.M):
        err(f"account.toml missing {k}")

lines = open(os.path.join(HERE, "orders.txt"), encoding="utf-8").read().splitlines()
if lines[0].split("\t") != HEADER:
    err("orders header")
sold, ncanc, nrows = {}, 0, 0
for i, l in enumerate(lines[1:], 2):
    f = l.split("\t")
    if len(f) != 32:
        err(f"orders line {i}: {len(f)} cols")
        continue
    r = dict(zip(HEADER, f))
    nrows += 1
    if not OID.match(r["amazon-order-id"]) or not ASIN.match(r["asin"]):
        err(f"orders line {i}: id/asin")
    pd = dt.date.fromisoformat(r["purchase-date"][:10])
    if not (lo <= pd < recv):
        err(f"orders line {i}: purchase-date {pd} outside the 12 months before the notice")
    if r["order-status"] == "Cancelled":
        ncanc += 1
    else:
        sold[r["asin"]] = sold.get(r["asin"], 0) + int(r["quantity"])
if not (270 <= nrows <= 340) or ncanc < 2:
    err(f"orders rows {nrows}, cancelled {ncanc}")

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
files = set(os.listdir(os.path.join(HERE, "documents")))
seen_layouts, exp_count = set(), {}
nclean = ndef = 0
max_cov = {a: 0 for a in notice["asins"]}
for t in truth:
    if set(t) != {"file", "layout", "clean", "expect", "fields"}:
        err(f"{t.get('file')}: keys")
    fn = t["file"]
    if not fn.startswith("documents/") or fn[10:] not in files:
        err(f"{fn}: missing file")
    files.discard(fn[10:])
    if not fn.lower().endswith((".pdf", ".jpg", ".jpeg")):
        err(f"{fn}: extension")
    seen_layouts.add(t["layout"])
    fl = t["fields"]
    if set(fl) != {"invoice_date", "invoice_number", "supplier", "buyer", "items"}:
        err(f"{fn}: fields keys")
    if not set(fl["supplier"]) <= {"name", "address", "phone", "email", "website"} or "name" not in fl["supplier"]:
        err(f"{fn}: supplier keys")
    if set(fl["buyer"]) != {"name", "address"}:
        err(f"{fn}: buyer keys")
    for it in fl["items"]:
        if set(it) != {"identifiers", "quantity", "asin", "description"} or not isinstance(it["quantity"], int):
            err(f"{fn}: item keys")
        if it["asin"] is not None and it["asin"] not in notice["asins"]:
            err(f"{fn}: item asin not on notice")
        if any(ASIN.match(x) for x in it["identifiers"]):
            err(f"{fn}: ASIN printed as identifier")
    d = dt.date.fromisoformat(fl["invoice_date"])
    if t["clean"]:
        nclean += 1
        if t["expect"]:
            err(f"{fn}: clean with expect")
        if not (lo <= d <= recv):
            err(f"{fn}: clean but date {d} outside window")
        if len(fl["supplier"]) < 3:
            err(f"{fn}: clean but supplier contact thin")
        for it in fl["items"]:
            if it["asin"]:
                if it["quantity"] < sold.get(it["asin"], 0):
                    err(f"{fn}: clean but {it['asin']} qty {it['quantity']} < sold {sold.get(it['asin'])}")
                max_cov[it["asin"]] = max(max_cov[it["asin"]], it["quantity"])
    else:
        ndef += 1
        if len(t["expect"]) != 1 or t["expect"][0] not in RULES:
            err(f"{fn}: defect doc must carry exactly one known rule id")
        for r in t["expect"]:
            exp_count[r] = exp_count.get(r, 0) + 1
        if (not (lo <= d <= recv)) != (t["expect"] == ["invoice.date-outside-window"]):
            err(f"{fn}: date/window inconsistency")
    path = os.path.join(HERE, fn)
    head = open(path, "rb").read()
    if fn.endswith(".pdf"):
        if not head.startswith(b"%PDF-"):
            err(f"{fn}: not a PDF")
        if (b"%%EOF" not in head[-64:]) != (t["expect"] == ["format.corrupt"]):
            err(f"{fn}: truncation flag mismatch")
        if (b"Photoshop" in head) != (t["expect"] == ["tamper.editor-metadata"]):
            err(f"{fn}: editor metadata mismatch")
    elif not head.startswith(b"\xff\xd8"):
        err(f"{fn}: not a JPEG")
if files:
    err(f"documents not in truth: {sorted(files)}")
for a, n in max_cov.items():
    if n < sold.get(a, 0) or n == 0:
        err(f"{a}: not covered by a clean document ({n} < {sold.get(a, 0)})")
missing_rules = RULES - set(exp_count)
if missing_rules:
    err(f"rules never used: {sorted(missing_rules)}")
if len(seen_layouts) < 12:
    err(f"only {len(seen_layouts)} layouts")
if not (40 <= len(truth) <= 50 and 25 <= nclean <= 31 and 15 <= ndef <= 20):
    err(f"counts: total {len(truth)}, clean {nclean}, defect {ndef}")
# coverage.txt consistent
for l in open(os.path.join(HERE, "coverage.txt")).read().splitlines()[1:]:
    a, s, m, _ = l.split("\t")
    if int(s) != sold.get(a, 0) or int(m) != max_cov[a]:
        err(f"coverage.txt mismatch for {a}")

print(f"documents {len(truth)} (clean {nclean}, defect {ndef}); layouts {len(seen_layouts)}; order rows {nrows} "
      f"(cancelled {ncanc}); defects by rule: " + ", ".join(f"{k}={v}" for k, v in sorted(exp_count.items())))
if errs:
    print("FAIL")
    for e in errs:
        print(" -", e)
    sys.exit(1)
print("OK")
