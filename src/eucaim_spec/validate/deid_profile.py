"""The DICOM Basic Application Level Confidentiality Profile, and what EUCAIM keeps of it, as data.

Two files say it all:

- ``validators/dicom-deid-profile.tsv`` encodes every row of DICOM PS3.15 Annex E, Table E.1-1: the
  tag as the table writes it (repeating groups as ``(50xx,xxxx)`` and ``(60xx,4000)``, and the row of
  private attributes), pydicom's keyword, the attribute name, the Basic Profile action (X, Z, D, U,
  X/Z, ...) and the action of each retain/clean option. It is written by
  ``scripts/import_deid_profile.py``; ``tests/test_dicom_deid_profile.py`` counts its rows and checks
  every (tag, keyword) pair against pydicom's data dictionary.
- The ``deidentification`` section of ``validators/dicom.yaml`` is EUCAIM's policy: the options it
  applies and the few attributes it decides on by name.

EUCAIM applies *Retain UIDs* (studies, series and segmentations are linked by UID), *Retain
Longitudinal Temporal Information with Full Dates* (AcquisitionDate is a minimum attribute),
*Retain Patient Characteristics* (PatientAge is a minimum attribute; sex, size and weight too), *Clean
Descriptors* and *Clean Structured Content* (descriptions and SR content stay, cleaned). By name it
keeps the pseudonymised PatientID (minimum data §2), StudyDescription and SeriesDescription (the
correspondence file and the series mapping use them), ProtocolName, ContributionDescription (written
by the software that made a DICOM-SEG) and the two UIDs with action U and no option (a replacement UID
is always present); and it reports EthnicGroup, Occupation, PatientState and RequestAttributesSequence
although an applied option would keep or clean them (the decisions of the earlier, hand-written list).
It does not apply *Retain Device Identity* (Manufacturer, a minimum attribute, is not in the table;
station names and serial numbers point at the site), *Retain Institution Identity*, *Retain Safe
Private* or *Clean Graphics* (overlays and curves are removed). Three attributes the encoded edition
of the table lacks (birth and death dates in an alternative calendar, and that calendar) are added.

Each attribute's ``kind`` follows (see ``_kind``): ``kept`` (never reported), ``patient_name`` and
``birth_date`` (their own rules), ``free_text`` (a C under an applied option: kept if clean, which a
checker cannot tell, so a warning), ``identifier`` (everything else that carries a value: a
violation) and ``private`` (the row of private attributes, reported by ``dicom.deid.private_tags``).

``PROFILE`` holds the attributes EUCAIM reports (kinds other than ``kept`` and ``private``): the scan
records which of them carry a value, at any depth of sequence nesting, and ``eucaim extract-tags``
never exports them. ``TABLE`` holds every row.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir

Kind = Literal["patient_name", "birth_date", "identifier", "free_text", "kept", "private"]
#: Kinds the scan records and the rules report.
REPORTED: frozenset[str] = frozenset({"patient_name", "birth_date", "identifier", "free_text"})
#: The option columns of the table, in its order.
OPTIONS: tuple[str, ...] = (
    "retain_safe_private",
    "retain_uids",
    "retain_device_identity",
    "retain_institution_identity",
    "retain_patient_characteristics",
    "retain_long_full_dates",
    "retain_long_modified_dates",
    "clean_descriptors",
    "clean_structured_content",
    "clean_graphics",
)
PRIVATE_TAG = "(gggg,eeee) where gggg is odd"
#: Attributes with a rule of their own.
_OWN_RULES: dict[str, Kind] = {"PatientName": "patient_name", "PatientBirthDate": "birth_date"}
_FULL = 0xFFFFFFFF


@dataclass(frozen=True, eq=False)  # one instance per row: compared and hashed by identity (fast)
class DeidAttribute:
    """One row of Table E.1-1 (or one attribute EUCAIM adds), with the kind EUCAIM reports it as.

    ``mask`` has the bits of the table's hexadecimal digits set: ``(60xx,4000)`` is ``tag`` 0x60004000
    with ``mask`` 0xFF00FFFF. ``actions`` holds ``(option, action)`` for the options with an action.
    """

    tag: int
    keyword: str
    kind: Kind
    mask: int = _FULL
    name: str = ""
    basic: str = ""
    actions: tuple[tuple[str, str], ...] = ()

    @property
    def tag_text(self) -> str:
        """The tag as ``(gggg,eeee)``, repeating digits as ``x``."""
        digits = f"{self.tag:08X}"
        nibbles = f"{self.mask:08X}"
        text = "".join(d if m == "F" else "x" for d, m in zip(digits, nibbles, strict=True))
        return f"({text[:4]},{text[4:]})"

    @property
    def label(self) -> str:
        """``(gggg,eeee) Keyword``: the form of ``Location.tag`` in findings (the name when no keyword)."""
        return f"{self.tag_text} {self.keyword or self.name}"

    def matches(self, tag: int) -> bool:
        """True when ``tag`` is this attribute (any group or element a mask allows)."""
        return tag & self.mask == self.tag

    def action(self, option: str) -> str:
        """This attribute's action under ``option`` ('' when the table gives none)."""
        return dict(self.actions).get(option, "")


def tag_text(tag: int) -> str:
    """``(gggg,eeee)`` of a tag number."""
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X})"


def is_private(tag: int) -> bool:
    """Odd groups above 0008 are private (groups 0001-0007 and FFFF are not allowed at all)."""
    group = tag >> 16
    return bool(group & 1) and 0x0008 < group < 0xFFFF


def _parse_tag(text: str) -> tuple[int, int]:
    """(tag with repeating digits as 0, mask) of ``(gggg,eeee)``."""
    digits = text.strip("()").replace(",", "")
    if len(digits) != 8:
        raise ValueError(text)
    tag = int(digits.replace("x", "0"), 16)
    mask = int("".join("0" if d == "x" else "F" for d in digits), 16)
    return tag, mask


def _kind(keyword: str, actions: dict[str, str], policy: dict[str, Any]) -> Kind:
    if keyword in policy["keep"]:
        return "kept"
    if keyword in _OWN_RULES:
        return _OWN_RULES[keyword]
    if keyword in policy["identifier"]:
        return "identifier"
    applied = [actions.get(o, "") for o in policy["options"]]
    if "K" in applied:
        return "kept"
    if "C" in applied:
        return "free_text"
    return "identifier"


def load_policy(path: Path | None = None) -> dict[str, Any]:
    """The ``deidentification`` section of ``validators/dicom.yaml``; ``SpecError`` when malformed."""
    import yaml

    path = path or validators_dir() / "dicom.yaml"
    try:
        # libyaml's loader when there is one: this runs at import, in every scan worker too.
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        section = doc["deidentification"]
        policy = {
            "profile": str(section["profile"]),
            "options": [str(o) for o in section["options"]],
            "keep": {str(k): str(v) for k, v in (section.get("keep") or {}).items()},
            "identifier": {str(k): str(v) for k, v in (section.get("identifier") or {}).items()},
            "add": {str(k): str(v) for k, v in (section.get("add") or {}).items()},
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise SpecError(str(path), f"no valid deidentification section ({type(exc).__name__})") from None
    unknown = sorted(set(policy["options"]) - set(OPTIONS))
    if unknown:
        raise SpecError(str(path), "unknown de-identification option", element=", ".join(unknown))
    return policy


def load_table(policy: dict[str, Any], path: Path | None = None) -> tuple[DeidAttribute, ...]:
    """Every row of the TSV, then the attributes the policy adds, each with its kind."""
    path = path or validators_dir() / policy["profile"]
    out: list[DeidAttribute] = []
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            lines = (line for line in fh if not line.startswith("#"))
            for row in csv.DictReader(lines, delimiter="\t"):
                actions = {o: row[o] for o in OPTIONS if row[o]}
                kind: Kind
                if row["tag"] == PRIVATE_TAG:
                    tag, mask, kind = 0x00010000, 0x00010000, "private"  # odd groups; see is_private
                else:
                    tag, mask = _parse_tag(row["tag"])
                    kind = _kind(row["keyword"], actions, policy)
                out.append(
                    DeidAttribute(
                        tag, row["keyword"], kind, mask, row["name"], row["basic"], tuple(sorted(actions.items()))
                    )
                )
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        raise SpecError(str(path), f"de-identification table not readable ({type(exc).__name__})") from None
    for text, keyword in policy["add"].items():
        tag, mask = _parse_tag(text)
        out.append(DeidAttribute(tag, keyword, _kind(keyword, {}, policy), mask))
    keywords = [a.keyword for a in out if a.keyword]
    named = set(policy["keep"]) | set(policy["identifier"])
    missing = sorted(named - set(keywords))
    if missing:
        raise SpecError(str(path), "policy names attributes the table does not have", element=", ".join(missing))
    return tuple(out)


POLICY: dict[str, Any] = load_policy()
#: Every row of Table E.1-1 and every attribute the policy adds.
TABLE: tuple[DeidAttribute, ...] = load_table(POLICY)
#: The attributes EUCAIM reports when they carry a value (the scan records them; exports leave them out).
PROFILE: tuple[DeidAttribute, ...] = tuple(a for a in TABLE if a.kind in REPORTED)
#: Exact tag number -> attribute (attributes of ``PROFILE`` without a mask).
BY_TAG: dict[int, DeidAttribute] = {a.tag: a for a in PROFILE if a.mask == _FULL}
#: Keyword -> attribute (attributes of ``PROFILE`` with a keyword).
BY_KEYWORD: dict[str, DeidAttribute] = {a.keyword: a for a in PROFILE if a.keyword}
#: Every exact tag of ``PROFILE`` (for fast set intersection with a header's tags).
TAGS: frozenset[int] = frozenset(BY_TAG)
#: Attributes of ``PROFILE`` given with a mask (repeating groups: curves, overlays).
MASKED: tuple[DeidAttribute, ...] = tuple(a for a in PROFILE if a.mask != _FULL)


def _groups(a: DeidAttribute) -> set[int]:
    """Every group ``a`` matches: its group with each combination of the masked-out bits."""
    group, free = a.tag >> 16, ~a.mask >> 16 & 0xFFFF
    out, sub = {group}, free
    while sub:
        out.add(group | sub)
        sub = (sub - 1) & free
    return out


#: Every group a masked attribute can match: a tag outside them and ``TAGS`` is not in ``PROFILE``.
MASK_GROUPS: frozenset[int] = frozenset(g for a in MASKED for g in _groups(a))


def lookup(tag: int) -> DeidAttribute | None:
    """The attribute of ``PROFILE`` that ``tag`` is (masks included), or None."""
    found = BY_TAG.get(tag)
    if found is None and tag >> 16 in MASK_GROUPS:
        found = next((a for a in MASKED if a.matches(tag)), None)
    return found


def is_identifying(keyword: str) -> bool:
    """True when ``keyword`` names an attribute whose value a report or an export must never carry.

    Every attribute EUCAIM reports (``PROFILE``: identifiers, names, birth dates and free text, including
    rows it keeps only if cleaned); not the ones it keeps on purpose (PatientID, UIDs, dates, age, sex,
    size, weight, study and series descriptions), which exports exist to carry.
    """
    return keyword in BY_KEYWORD
