"""Enum members as the sql engine's member table holds them: one row per accepted spelling of every code.

Hyper-ontology values are accepted as the bare code, ``EUCAIM:<code>``, the canonical IRI or a known alias IRI;
codes only in an older release name their replacement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eucaim_spec import vocab
from eucaim_spec.schemaview import annotation, dynamic_enum_codes
from eucaim_spec.validate.sql.slots import standard_of
from eucaim_spec.vocab import CANONICAL_BASE, IRI_ALIASES


@dataclass(frozen=True)
class Member:
    """One row of the member table: an accepted spelling ``key`` of ``code`` in enum ``enum`` (``enum_key``)."""

    enum: str
    key: str
    is_alias: bool
    replaced_by: str | None
    code: str


def enum_key(standard: str, enum_name: str) -> str:
    """The member-table id of an enum: standards checked together may reuse an enum name (cdm and minimum
    both have a TreatmentTypeEnum with different codes), so the id is qualified by the standard."""
    return f"{standard}.{enum_name}"


def enum_members(sv: Any, enum_name: str, onto: Any = None) -> tuple[str, list[Member]]:
    """(constraint, members) of an enum: ``code`` for hyper-ontology branches, ``enum`` otherwise.

    Hyper-ontology values are accepted as the bare code, ``EUCAIM:<code>``, the canonical IRI, or a known
    alias IRI (``is_alias``); codes only in an older release carry ``replaced_by``.
    """
    enum = sv.get_enum(enum_name)
    enum_id = enum_key(standard_of(sv), enum_name)
    codes: dict[str, str | None] = {}
    if enum.reachable_from is not None:
        codes.update(_branch_codes(enum, vocab.load() if onto is None else onto))
    texts = _permissible_codes(enum, codes)
    constraint = (
        "code" if codes and (enum.reachable_from is not None or annotation(enum, "expanded_from")) else "enum"
    )
    out: dict[str, Member] = {}
    for code, dep in sorted(codes.items()):
        for key in (code, f"EUCAIM:{code}", CANONICAL_BASE + code):
            out.setdefault(key, Member(enum_id, key, False, dep, code))
        for alias in IRI_ALIASES:
            out.setdefault(alias + code, Member(enum_id, alias + code, True, dep, code))
    for t in texts:
        out.setdefault(t, Member(enum_id, t, False, None, t))
    return constraint, list(out.values())


def _branch_codes(enum: Any, onto: Any) -> dict[str, str | None]:
    """Code -> replacement (or None) of every member of a not yet expanded hyper-ontology enum."""
    codes: dict[str, str | None] = {}
    for code in dynamic_enum_codes(enum, onto):
        c = onto.concepts[code]
        codes[code] = c.replaced_by or (_older(onto, c.release) or None)
        if c.replaced_by and c.disagreement:
            # shown after "use": the replacement and who disagrees with it (design.md, verdicts)
            codes[code] = f"{c.replaced_by}; but note: {c.disagreement}"
    return codes


def _permissible_codes(enum: Any, codes: dict[str, str | None]) -> list[str]:
    """Add the hyper-ontology codes of the permissible values to ``codes`` (code -> replacement or None) and
    return the other accepted texts (plain values, and value texts that differ from their code)."""
    texts: list[str] = []
    for text, pv in (enum.permissible_values or {}).items():
        meaning = str(pv.meaning or "")
        if meaning.startswith("EUCAIM:"):
            code = meaning.split(":", 1)[1]
            dep = None
            if pv.deprecated:
                # the replacement, and where EUCAIM's components disagree about it, that note too
                m = re.search(r"\buse (\S.*)$", str(pv.deprecated), re.S)
                dep = m.group(1) if m else "?"
            codes[code] = dep
            if str(text) != code:
                texts.append(str(text))
        else:
            texts.append(str(text))
    return texts


def _older(onto: Any, release: str) -> str | None:
    newest = max((c.release for c in onto.concepts.values()), default=release)
    return "a current code" if release < newest else None

