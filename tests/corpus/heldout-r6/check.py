#!/usr/bin/env python3
"""Validate the round-6 review held-out set (format + counts). stdlib only (python >= 3.11 for tomllib)."""
import csv, glob, os, re, sys, tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

VIOLATIONS = {"inauthentic", "ip-trademark", "ip-copyright", "ip-patent", "ip-suspected",
    "condition-used-sold-as-new", "condition-complaint", "product-safety", "restricted-products",
    "listing-policy", "review-manipulation", "search-manipulation", "related-account",
    "code-of-conduct", "verification", "order-defect-rate", "late-shipment-rate", "cancellation-rate",
    "valid-tracking-rate", "on-time-delivery-rate", "shipment-confirmation", "other"}
MESSAGE_TYPES = {"deactivation", "listing-removal", "warning", "account-review", "appeal-more-info",
    "appeal-denied", "reinstated"}
RULES = ["structure.missing-root-cause", "structure.missing-corrective", "structure.missing-preventive",
    "length.too-short", "length.too-long", "tone.blame", "tone.threat", "tone.emotive", "tone.offensive",
    "tone.excuse", "style.support-case-reference", "style.introduction", "specificity.vague",
    "specificity.no-figures", "tense.corrective-future", "coverage.violation-unaddressed",
    "coverage.asin-missing", "evidence.missing-exhibit", "evidence.unsupported-claim",
    "privacy.customer-data", "spelling.unknown-word", "grammar.repeated-word", "grammar.long-sentence"]
ASIN_RE = re.compile(r"^B0[A-Z0-9]{8}$")
WORD_RE = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’.,-][A-Za-z0-9À-ÿ]+)*")

# ---------- Part 1: tone/sentences.tsv ----------
NON_EN_HINTS = re.compile(r"\b(wir|unser|unsere|ist|und|der|die|das|den|dem|für|mit|nicht|sind|haben|bitte|nous|notre|vous|les|des|est|une|sans|pour|avec|qui|que|ce|sous|una|los|las|hemos|por|el|del|para|con|somos|il|di|ci|abbiamo|siamo|vi|non|che|della|per|sono|nel|questo|ogni|entro|stato|qualsiasi|nuestro|nuestra|la|le)\b", re.I)
path = os.path.join(HERE, "tone", "sentences.tsv")
with open(path, encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[0] != "label\tsentence":
    err(f"tsv header is {lines[0]!r}")
rows = []
for i, line in enumerate(lines[1:], start=2):
    parts = line.split("\t")
    if len(parts) != 2:
        err(f"tsv line {i}: expected 2 fields, got {len(parts)}"); continue
    if not parts[1].strip() or parts[1] != parts[1].strip():
        err(f"tsv line {i}: empty sentence or stray whitespace")
    rows.append(parts)
counts = Counter(l for l, _ in rows)
want = {"blame": 80, "threat": 80, "emotive": 80, "neutral": 180}
if dict(counts) != want:
    err(f"tsv label counts {dict(counts)} != {want}")
dups = [s for s, n in Counter(s for _, s in rows).items() if n > 1]
if dups:
    err(f"tsv duplicates: {dups[:5]}")
non_en = Counter(l for l, s in rows if len(NON_EN_HINTS.findall(s)) >= 2 or re.search(r"[äöüßÄÖÜéèêàâùûçñìòíóáúÈÉÀ«»]", s))
print(f"sentences.tsv: {len(rows)} rows, {dict(counts)}")
print(f"  non-English (heuristic): {dict(non_en)}")
for lab in want:
    share = non_en[lab] / max(counts[lab], 1)
    if not 0.10 <= share <= 0.20:
        err(f"non-English share for {lab} is {share:.0%} (want about 15%)")

# ---------- Part 2: plans ----------
def words(text):
    return WORD_RE.findall(text)

def sentences(text):
    out = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)", text):
        block = " ".join(block.split())
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"(])", block) if s]
    return out

md_files = sorted(glob.glob(os.path.join(HERE, "plans", "*.md")))
toml_files = sorted(glob.glob(os.path.join(HERE, "plans", "*.toml")))
if [os.path.splitext(p)[0] for p in md_files] != [os.path.splitext(p)[0] for p in toml_files]:
    err("plans: .md and .toml files do not pair up")
quality = Counter(); used_rules = Counter(); viol_cover = Counter(); mtypes = Counter()
for md in md_files:
    name = os.path.basename(md)
    if not re.match(r"^\d\d-[a-z0-9-]+\.md$", name):
        err(f"{name}: bad file name")
    text = open(md, encoding="utf-8").read()
    tp = os.path.splitext(md)[0] + ".toml"
    try:
        meta = tomllib.load(open(tp, "rb"))
    except Exception as e:
        err(f"{name}: toml error {e}"); continue
    q = meta.get("quality"); quality[q] += 1
    if q not in ("strong", "weak"):
        err(f"{name}: quality {q!r}")
    for v in meta.get("violations", []):
        viol_cover[v] += 1
        if v not in VIOLATIONS: err(f"{name}: unknown violation {v}")
    if not meta.get("violations"): err(f"{name}: no violations")
    exhibits = meta.get("exhibits", [])
    listed = set()
    for e in exhibits:
        m = re.match(r"^Exhibit (\d+) - .+\.\w+$", e)
        if not m: err(f"{name}: bad exhibit name {e!r}")
        else: listed.add(int(m.group(1)))
    cited = set(int(n) for n in re.findall(r"Exhibits? (\d+)", text))
    for a, b in re.findall(r"Exhibits (\d+) to (\d+)", text):
        cited |= set(range(int(a), int(b) + 1))
    notice = meta.get("notice", {})
    if notice:
        mtypes[notice.get("message_type")] += 1
        if notice.get("message_type") not in MESSAGE_TYPES: err(f"{name}: bad message_type")
        for v in notice.get("violations", []):
            if v.get("kind") not in VIOLATIONS: err(f"{name}: bad notice violation {v}")
        for a in notice.get("asins", []):
            if not ASIN_RE.match(a): err(f"{name}: bad notice ASIN {a}")
    for a in re.findall(r"\bB0[A-Z0-9]{8}\b", text):
        if not ASIN_RE.match(a): err(f"{name}: bad ASIN in text {a}")
    nw = len(words(text))
    long_sents = [s for s in sentences(text) if len(words(s)) >= 60]
    rep = re.findall(r"\b([A-Za-z]+)\s+\1\b", text, flags=re.I)
    missing_asins = [a for a in notice.get("asins", []) if a not in text]
    notice_viol = {v["kind"] for v in notice.get("violations", [])}
    print(f"{name}: {q:6s} words={nw:4d} exhibits={sorted(listed)} cited={sorted(cited)} "
          f"viol={meta.get('violations')} expect={meta.get('expect', [])}")
    if q == "strong":
        if "expect" in meta and meta["expect"]: err(f"{name}: strong plan with expect")
        if not 300 <= nw <= 500: err(f"{name}: strong plan has {nw} words")
        if cited - listed: err(f"{name}: cites exhibits {sorted(cited - listed)} not listed")
        if listed - cited: err(f"{name}: lists exhibits {sorted(listed - cited)} never cited")
        if long_sents: err(f"{name}: sentence of {len(words(long_sents[0]))} words")
        if rep: err(f"{name}: repeated word {rep}")
        if missing_asins: err(f"{name}: notice ASINs not in text {missing_asins}")
        if notice and notice_viol != set(meta["violations"]): err(f"{name}: plan violations differ from notice")
    else:
        exp = meta.get("expect", [])
        if not 1 <= len(exp) <= 3: err(f"{name}: {len(exp)} expected defects")
        for r in exp:
            if r not in RULES: err(f"{name}: unknown rule {r}")
            used_rules[r] += 1
        # consistency of the deliberately planted defects that can be checked mechanically
        checks = {
            "length.too-short": nw < 300, "length.too-long": nw > 500,
            "grammar.long-sentence": bool(long_sents), "grammar.repeated-word": bool(rep),
            "coverage.asin-missing": bool(missing_asins),
            "evidence.missing-exhibit": bool(cited - listed),
            "coverage.violation-unaddressed": bool(notice_viol - set(meta["violations"])),
        }
        for r, ok in checks.items():
            if (r in exp) != ok:
                err(f"{name}: mechanical check for {r} is {ok} but expect says {r in exp}")
        if "evidence.missing-exhibit" not in exp and cited - listed:
            err(f"{name}: cites unlisted exhibits {sorted(cited - listed)}")
print(f"plans: {dict(quality)}; message types {dict(mtypes)}")
print(f"violation coverage: {dict(viol_cover)}")
if quality != Counter({"strong": 8, "weak": 12}): err(f"plan counts {dict(quality)} != 8 strong / 12 weak")
unused = [r for r in RULES if not used_rules[r]]
if unused: err(f"rule ids never used by a weak plan: {unused}")
print(f"rule ids used: {len([r for r in RULES if used_rules[r]])}/{len(RULES)}")

if errors:
    print("\nERRORS:"); [print("  -", e) for e in errors]; sys.exit(1)
print("\nOK")
