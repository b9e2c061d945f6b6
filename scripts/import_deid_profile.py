"""Maintainer script: write validators/dicom-deid-profile.tsv from an extraction of DICOM PS3.15 Table E.1-1.

Run by hand when the table is updated, with a local copy of the machine-readable extraction that
innolitics/dicom-standard publishes (``standard/confidentiality_profile_attributes.json``); the JSON
itself is not kept in this repository:

    .venv/bin/python scripts/import_deid_profile.py /tmp/confidentiality_profile_attributes.json

``--rederive`` rewrites the existing TSV with the keyword and vr columns derived again from pydicom's
dictionary (after a pydicom upgrade), leaving every fact of the table as it is:

    .venv/bin/python scripts/import_deid_profile.py --rederive

Facts kept per row of Table E.1-1 (Application Level Confidentiality Profile Attributes): the tag as
the table writes it (repeating groups as ``(50xx,xxxx)``), the attribute name, the action of the Basic
Profile and the action of each retain/clean option. The keyword and vr columns are pydicom's keyword and
value representation for the tag (empty where its dictionary has none): the checker needs the VR to know
which attributes name a person (PN) without importing pydicom at check time. Which options EUCAIM applies
is not decided here: see the ``deidentification`` section of validators/dicom.yaml.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "validators" / "dicom-deid-profile.tsv"
#: The extraction these rows were checked against (its row count is asserted by the tests).
SOURCE = (
    "innolitics/dicom-standard standard/confidentiality_profile_attributes.json "
    "@ 0d01bf11dfc1d0b73b6df85bbf6e1764d3c558a3"
)
#: The extraction does not name its edition; these bounds come from rows it has and lacks.
EDITION = (
    "edition not recorded by the extraction: it lists the rows DICOM 2021b added "
    "(e.g. (0018,11BB), (0018,9937), (0400,0551)) and not Acquisition UID (0008,0017), which later editions list"
)
#: (TSV column, JSON key) of the options, in the column order of Table E.1-1.
OPTIONS: tuple[tuple[str, str], ...] = (
    ("retain_safe_private", "rtnSafePrivOpt"),
    ("retain_uids", "rtnUIDsOpt"),
    ("retain_device_identity", "rtnDevIdOpt"),
    ("retain_institution_identity", "rtnInstIdOpt"),
    ("retain_patient_characteristics", "rtnPatCharsOpt"),
    ("retain_long_full_dates", "rtnLongFullDatesOpt"),
    ("retain_long_modified_dates", "rtnLongModifDatesOpt"),
    ("clean_descriptors", "cleanDescOpt"),
    ("clean_structured_content", "cleanStructContOpt"),
    ("clean_graphics", "cleanGraphOpt"),
)
COLUMNS = ("tag", "keyword", "vr", "name", "basic", *(c for c, _ in OPTIONS))
#: Cells where the extraction differs from the standard, corrected here: (tag, JSON key) -> action.
#: (0008,1120) Referenced Patient Sequence reads X under Retain UIDs in the extraction; the standard
#: reads K (reported as innolitics/dicom-standard#80, corrected upstream in 7008b61).
ERRATA: dict[tuple[str, str], str] = {("(0008,1120)", "rtnUIDsOpt"): "K"}
#: Action codes of the table (PS3.15 E.1.1).
ACTIONS = re.compile(r"^(X|Z|D|U|K|C|X/Z|X/D|Z/D|X/Z/D|X/Z/U\*)$")
_TAG = re.compile(r"^\(([0-9A-Fa-fXx]{4}),([0-9A-Fa-fXx]{4})\)$")
PRIVATE_TAG = "(gggg,eeee) where gggg is odd"


def normalise_tag(text: str) -> str:
    """``(0008,0050)`` as upper-case hex with lower-case ``x`` for repeating digits; the private row as is."""
    text = " ".join(text.split())
    if text.lower() == PRIVATE_TAG:
        return PRIVATE_TAG
    m = _TAG.match(text)
    if not m:
        raise ValueError(f"unexpected tag {text!r}")
    group, elem = (p.upper().replace("X", "x") for p in m.groups())
    return f"({group},{elem})"


def keyword_of(tag: str) -> str:
    """pydicom's keyword for ``tag`` (a repeating-group mask is looked up with its digits as 0), or ''."""
    from pydicom.datadict import keyword_for_tag

    if tag == PRIVATE_TAG or "x" in tag[1:5] and "x" in tag[6:10]:
        return ""  # the private row, and a mask over group and element (a whole group): no one keyword
    return keyword_for_tag(int(tag[1:5].replace("x", "0") + tag[6:10].replace("x", "0"), 16)) or ""


def vr_of(tag: str) -> str:
    """pydicom's VR for ``tag`` as its dictionary writes it (``OB or OW``), or '' where it has no entry."""
    from pydicom.datadict import dictionary_VR

    if tag == PRIVATE_TAG or "x" in tag[1:5] and "x" in tag[6:10]:
        return ""
    try:
        return str(dictionary_VR(int(tag[1:5].replace("x", "0") + tag[6:10].replace("x", "0"), 16)))
    except KeyError:
        return ""


def rows_from(entries: list[dict[str, str]]) -> list[list[str]]:
    rows = []
    for e in entries:
        tag = normalise_tag(e["tag"])
        name = " ".join(re.sub(r"\(see Note \d+\)", "", e["name"]).split())
        actions = [e["basicProfile"].strip()]
        actions += [ERRATA.get((tag, key), e.get(key, "").strip()) for _, key in OPTIONS]
        bad = [a for a in actions if a and not ACTIONS.match(a)]
        if bad or not actions[0]:
            raise ValueError(f"{tag} {name}: unexpected action {bad or 'empty basic profile action'}")
        rows.append([tag, keyword_of(tag), vr_of(tag), name, *actions])
    tags = [r[0] for r in rows]
    if len(set(tags)) != len(tags):
        raise ValueError("a tag is listed twice")
    # By tag; the private-attributes row last.
    rows.sort(key=lambda r: (r[0] == PRIVATE_TAG, r[0].replace("x", "0")))
    return rows


def rederived(path: Path = OUT) -> list[list[str]]:
    """The rows of the TSV at ``path`` with keyword and vr derived again (the table's facts unchanged)."""
    with path.open(newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    return [[r["tag"], keyword_of(r["tag"]), vr_of(r["tag"]), *(r[c] for c in COLUMNS[3:])] for r in table]


def main(src: str) -> None:
    rows = rederived() if src == "--rederive" else rows_from(json.loads(Path(src).read_text(encoding="utf-8")))
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        fh.write(
            f"# DICOM PS3.15 Annex E, Table E.1-1 (Application Level Confidentiality Profile Attributes): "
            f"{len(rows)} rows.\n"
        )
        fh.write(f"# Source: {SOURCE}; {EDITION}.\n")
        fh.write(
            "# Correction: (0008,1120) retain_uids K as in the standard (the extraction reads X). "
            "keyword, vr: pydicom's, empty where its dictionary has none.\n"
        )
        fh.write(
            "# Written by scripts/import_deid_profile.py, do not edit by hand; EUCAIM's choice of options is "
            "the deidentification section of validators/dicom.yaml.\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
