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
correspondence file and the series mapping use them), ProtocolName and ContributionDescription (written
by the software that made a DICOM-SEG); and it reports EthnicGroup, Occupation, PatientState and
RequestAttributesSequence although an applied option would keep or clean them (the decisions of the
earlier, hand-written list). It does not apply *Retain Device Identity* (Manufacturer, a minimum
attribute, is not in the table; station names and serial numbers point at the site), *Retain
Institution Identity*, *Retain Safe Private* or *Clean Graphics* (overlays and curves are removed).
Three attributes the encoded edition of the table lacks (birth and death dates in an alternative
calendar, and that calendar) are added.

The actions (PS3.15 E.1.1): X remove; Z a zero-length value or a dummy; D a dummy (non-zero length);
U a replacement UID, consistent within the set; K keep; C clean (values of similar meaning without
identifying information). A compound code (X/Z, X/D, X/Z/D, Z/D, X/Z/U*) lets the de-identifier pick
whichever alternative the IOD needs, so a checker must accept the least strict one (``least_strict``):
X/Z and X/Z/D accept Z, X/D accepts D, X/Z/U* accepts a sequence kept with its UIDs replaced (U*).
A checker cannot tell a dummy from an original, so each attribute's ``kind`` (see ``_kind``) says what
can be asserted about its value:

- ``kept``: K under an applied option, a keep of the policy, or U* (the sequence stays; what its items
  hold is judged on the rows of those attributes): never reported;
- ``patient_name``, ``birth_date`` (their own rules) and ``person`` (any other attribute of VR PN, or a
  date of the person's life the policy lists, whose least strict action is not X): they name or date a
  person, so a value is a violation unless it is the pseudonymised PatientID or a dummy the policy
  declares (``dummy_values``);
- ``identifier``: X is the least strict action (or the policy lists it): any value is a violation;
- ``dummy``: Z or D: a value may be a legitimate dummy; unless it is a declared one, a warning asks to
  verify it;
- ``uid``: U: the value must be a valid UID; that it is not the original cannot be checked;
- ``free_text``: C under an applied option: kept if clean, which a checker cannot tell (a warning
  unless the value is a declared dummy);
- ``private``: the row of private attributes (``dicom.deid.private_tags``).

``PROFILE`` holds the attributes EUCAIM reports (kinds other than ``kept`` and ``private``): the scan
records which of them carry a value (for the kinds in ``JUDGED``: a value that fails ``passes``), at any
depth of sequence nesting, and ``eucaim extract-tags`` never exports them. ``TABLE`` holds every row.
Values are read in the scan's memory only, to judge them; no value is ever stored or reported.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir

Kind = Literal["patient_name", "birth_date", "person", "identifier", "dummy", "uid", "free_text", "kept", "private"]
#: Kinds the scan records and the rules report.
REPORTED: frozenset[str] = frozenset(
    {"patient_name", "birth_date", "person", "identifier", "dummy", "uid", "free_text"}
)
#: Kinds whose value the scan reads to judge it (``passes``); the others are reported when they carry any value.
JUDGED: frozenset[str] = frozenset({"patient_name", "birth_date", "person", "dummy", "uid", "free_text"})
#: The alternatives of a compound action, least strict first as a checker sees them: U* keeps the sequence
#: (its UIDs replaced), Z accepts a zero length or a dummy, D a dummy, U a replacement UID, X only absence.
LEAST_STRICT_ORDER: tuple[str, ...] = ("U*", "Z", "D", "U", "X")
#: The kind that follows from the least strict action when no option and no policy entry decides.
_BY_ACTION: dict[str, Kind] = {"U*": "kept", "Z": "dummy", "D": "dummy", "U": "uid", "X": "identifier"}
#: A DICOM UID (PS3.5 9.1): digits in components separated by dots, no leading zero, at most 64 characters.
_UID = re.compile(r"(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*")
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
#: The mask of an attribute with one exact tag (no repeating-group digits).
EXACT_MASK = 0xFFFFFFFF


@dataclass(frozen=True, eq=False)  # one instance per row: compared and hashed by identity (fast)
class DeidAttribute:
    """One row of Table E.1-1 (or one attribute EUCAIM adds), with the kind EUCAIM reports it as.

    ``mask`` has the bits of the table's hexadecimal digits set: ``(60xx,4000)`` is ``tag`` 0x60004000
    with ``mask`` 0xFF00FFFF. ``actions`` holds ``(option, action)`` for the options with an action.
    """

    tag: int
    keyword: str
    kind: Kind
    mask: int = EXACT_MASK
    name: str = ""
    basic: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    vr: str = ""

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


def least_strict(action: str) -> str:
    """The alternative of ``action`` (``X/Z/D``) a checker must accept: the least strict one ('' stays '')."""
    alternatives = action.split("/")
    return min(alternatives, key=lambda a: LEAST_STRICT_ORDER.index(a) if a in LEAST_STRICT_ORDER else 99)


def _kind(keyword: str, basic: str, vr: str, actions: dict[str, str], policy: dict[str, Any]) -> Kind:
    if keyword in policy["keep"]:
        return "kept"
    if keyword in _OWN_RULES:
        return _OWN_RULES[keyword]
    if keyword in policy["identifier"]:
        return "identifier"
    applied = [actions.get(o, "") for o in policy["options"]]
    if "K" in applied:
        return "kept"
    # An attribute without a Basic Profile action (one the policy adds) is removed, as X.
    least = least_strict(basic) or "X"
    # A name or a date of the person stays a name however it is cleaned: judged as a person attribute.
    if least != "X" and (vr == "PN" or keyword in policy["person_dates"]):
        return "person"
    if "C" in applied:
        return "free_text"
    return _BY_ACTION.get(least, "identifier")


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
            "person_dates": [str(k) for k in section.get("person_dates") or []],
            "dummy_values": [str(v) for v in section.get("dummy_values") or []],
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise SpecError(str(path), f"no valid deidentification section ({type(exc).__name__})") from None
    for pattern in policy["dummy_values"]:
        try:
            re.compile(pattern)
        except re.error:
            raise SpecError(str(path), "dummy_values: not a regular expression", element=pattern) from None
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
                    kind = _kind(row["keyword"], row["basic"], row["vr"], actions, policy)
                out.append(
                    DeidAttribute(
                        tag,
                        row["keyword"],
                        kind,
                        mask,
                        row["name"],
                        row["basic"],
                        tuple(sorted(actions.items())),
                        row["vr"],
                    )
                )
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        raise SpecError(str(path), f"de-identification table not readable ({type(exc).__name__})") from None
    for text, keyword in policy["add"].items():
        tag, mask = _parse_tag(text)
        out.append(DeidAttribute(tag, keyword, _kind(keyword, "", "", {}, policy), mask))
    keywords = [a.keyword for a in out if a.keyword]
    named = set(policy["keep"]) | set(policy["identifier"]) | set(policy["person_dates"])
    missing = sorted(named - set(keywords))
    if missing:
        raise SpecError(str(path), "policy names attributes the table does not have", element=", ".join(missing))
    # The scan judges values of exact tags only; the table's repeating groups (curves, overlays) are X.
    masked = sorted(a.label for a in out if a.mask != EXACT_MASK and a.kind in JUDGED)
    if masked:
        raise SpecError(str(path), "a repeating-group attribute would need its value judged", element=", ".join(masked))
    return tuple(out)


POLICY: dict[str, Any] = load_policy()
#: Every row of Table E.1-1 and every attribute the policy adds.
TABLE: tuple[DeidAttribute, ...] = load_table(POLICY)
#: The attributes EUCAIM reports when they carry a value (the scan records them; exports leave them out).
PROFILE: tuple[DeidAttribute, ...] = tuple(a for a in TABLE if a.kind in REPORTED)
#: Exact tag number -> attribute (attributes of ``PROFILE`` without a mask).
BY_TAG: dict[int, DeidAttribute] = {a.tag: a for a in PROFILE if a.mask == EXACT_MASK}
#: Keyword -> attribute (attributes of ``PROFILE`` with a keyword).
BY_KEYWORD: dict[str, DeidAttribute] = {a.keyword: a for a in PROFILE if a.keyword}
#: Exact tags of ``PROFILE`` reported when they carry any value (for fast set intersection with a header's tags).
TAGS: frozenset[int] = frozenset(t for t, a in BY_TAG.items() if a.kind not in JUDGED)
#: Exact tags of ``PROFILE`` whose value the scan reads and judges (``passes``).
JUDGED_TAGS: frozenset[int] = frozenset(t for t, a in BY_TAG.items() if a.kind in JUDGED)
_DUMMIES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in POLICY["dummy_values"])
#: Attributes of ``PROFILE`` given with a mask (repeating groups: curves, overlays).
MASKED: tuple[DeidAttribute, ...] = tuple(a for a in PROFILE if a.mask != EXACT_MASK)


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


def _text(value: bytes | str) -> str | None:
    """The value as text without padding, or None when it is not ASCII (then it is never a dummy)."""
    if isinstance(value, bytes):
        try:
            value = value.decode("ascii")
        except UnicodeDecodeError:
            return None
    return value.strip(" \x00")


def passes(a: DeidAttribute, value: bytes | str | None, patient_id: str | None) -> bool:
    """True when a judged attribute's value (raw bytes or text; None: a sequence with items, or a value
    longer than ``dicom_header.MAX_JUDGED``, which no placeholder is) is acceptable for its kind.

    ``uid``: every value is a valid UID. The other judged kinds: the value is empty, equals the
    pseudonymised ``patient_id``, or each of its values (``\\``-separated; a person name without its
    trailing empty components) fully matches one of the policy's ``dummy_values``. Never stores the value.
    """
    if value is None:
        return False
    text = _text(value)
    if text is None:
        return False
    if a.kind == "uid":
        return all(len(v) <= 64 and _UID.fullmatch(v) for v in text.split("\\"))
    if not text or text == patient_id:
        return True
    for v in text.split("\\"):
        v = v.strip(" ^=")  # "ANONYMOUS^^^" is a person name whose other components are empty
        if v and not any(p.fullmatch(v) for p in _DUMMIES):
            return False
    return True


def is_identifying(keyword: str) -> bool:
    """True when ``keyword`` names an attribute whose value a report or an export must never carry.

    Every attribute EUCAIM reports (``PROFILE``: identifiers, names, birth dates and free text, including
    rows it keeps only if cleaned); not the ones it keeps on purpose (PatientID, UIDs, dates, age, sex,
    size, weight, study and series descriptions), which exports exist to carry.
    """
    return keyword in BY_KEYWORD
