"""SHACL shapes for the EUCAIM DCAT-AP profile, generated from the LinkML schema (schemas/dcat_ap).

One property shape per constraint, so that every validation result maps to exactly one rule id
(``dcat_ap.<class_snake>.<slot>.<constraint>``). Files are split by concern like the SEMIC DCAT-AP
shapes: cardinalities by obligation (core / recommended / optional), value ranges, vocabularies.
The Turtle is written by hand (not by an RDF serializer) so that it is byte-stable: no blank nodes
(lists of ``sh:in`` and ``sh:or`` are written inline), shapes and prefixes sorted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec import vocab
from eucaim_spec.errors import SpecError
from eucaim_spec.generate.context import GenContext, Outputs
from eucaim_spec.namespaces import (
    DCAT,
    DCT,
    DPV,
    ELI,
    EUCAIM_NS,
    EUCAIM_SHAPES,
    ODRL,
    RDF,
    RDF_TYPE,
    RDFS,
    RDFS_SUBCLASS_OF,
    SH,
    SKOS,
    SKOS_IN_SCHEME,
    SPDX,
    XSD,
    XSD_STRING,
)
from eucaim_spec.paths import schemas_dir
from eucaim_spec.report.model import Severity
from eucaim_spec.schemaview import annotation, missing_severity, obligation_code, snake

STANDARD = "dcat_ap"

#: Concern files in the order a reader meets them.
CONCERN_FILES = ("core.ttl", "recommended.ttl", "optional.ttl", "ranges.ttl", "vocabularies.ttl")
BACKGROUND_FILE = "background.ttl"

#: SHACL severity of a minimum-count shape: the obligation says how bad an ABSENT value is
#: (``schemaview.missing_severity``, one policy for every standard). A value that is PRESENT but wrong (too
#: many, wrong class, datatype, node kind, code or pattern) is a violation whatever the obligation, as in the
#: SEMIC DCAT-AP and HealthDCAT-AP shapes and in our sql engine: a recommended property filled with garbage is
#: worse than one left out. (C minima are hand-written in shapes/dcat_ap/conditional.ttl.)
_SHACL_SEVERITY = {Severity.violation: "Violation", Severity.warning: "Warning", Severity.info: "Info"}
_VALUE_SEVERITY = "Violation"
#: Cardinality shapes go to the file of their obligation; these are the obligation codes of the DCAT-AP profile.
_CARD_FILE = {"M": "core.ttl", "C": "core.ttl", "R": "recommended.ttl", "O": "optional.ttl"}
_OBLIGATION_WORD = {"M": "mandatory", "C": "conditional", "R": "recommended", "O": "optional"}

#: LinkML types whose values are literals of any datatype or language (DCAT text is rdf:langString).
_TEXT_TYPES = {"string", "str"}
_IRI_TYPES = {"uri", "uriorcurie", "curie"}

_PREFIXES = {
    "sh": SH,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "eucaimns": EUCAIM_NS,
}

_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@dataclass
class PropertyShape:
    """One generated constraint; ``body`` holds (predicate, object) Turtle fragments."""

    rule_id: str
    file: str
    class_uri: str
    class_name: str
    path: str
    severity: str
    message: str
    hint: str
    label: str
    body: list[tuple[str, str]] = field(default_factory=list)
    tier: int | None = None


def _lit(text: str, lang: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def _iri(iri: str) -> str:
    return f"<{iri}>"


def _annotation(element: Any, key: str) -> str | None:
    """Annotation ``key`` as text, or None."""
    value = annotation(element, key)
    return None if value is None else str(value)


def _obligation(slot: Any) -> str:
    """The slot's obligation code; the DCAT-AP profile knows M, R, C and O only (MIA and the M-variants are
    codes of the minimum data set), so any other code is a schema error."""
    ob = obligation_code(slot).strip().upper()
    if ob not in _CARD_FILE:
        raise SpecError("schemas/dcat_ap", f"obligation {ob!r} is not one of M, R, C, O", slot.name)
    return ob


def _expand_dynamic_enum(sv: Any, enum: Any) -> list[tuple[str, str | None]]:
    """Permissible values of a hyper-ontology dynamic enum (used when the schema was not pre-expanded)."""
    query = enum.reachable_from
    try:
        onto = vocab.load()
    except FileNotFoundError:
        # Before `eucaim generate` has written the vocabulary artifact, read the authored sources.
        onto = vocab.from_data(vocab.read_sources(schemas_dir() / "vocab"))
    codes: set[str] = set()
    for node in query.source_nodes or []:
        code, _alias = vocab.HyperOntology.code_of(sv.expand_curie(str(node)))
        if code is None:
            raise SpecError("schemas/dcat_ap", f"source node {node} is not a hyper-ontology code", enum.name)
        codes.update(onto.descendants(code, bool(query.include_self)))
    return [(c, vocab.CANONICAL_BASE + c) for c in sorted(codes)]


def _enum_members(sv: Any, enum_name: str) -> list[tuple[str, str | None]]:
    """(text, meaning IRI or None) of every permissible value, sorted by text."""
    enum = sv.get_enum(enum_name)
    pvs = enum.permissible_values or {}
    if not pvs and getattr(enum, "reachable_from", None):
        return _expand_dynamic_enum(sv, enum)
    out = []
    for text, pv in pvs.items():
        meaning = getattr(pv, "meaning", None)
        out.append((str(text), sv.expand_curie(str(meaning)) if meaning else None))
    return sorted(out)


def _exact_mappings(sv: Any, enum_name: str) -> list[str]:
    """IRIs of the members' ``exact_mappings``: other IRIs of the same concepts, accepted as values too
    (the aligned DUO terms of the data-use conditions, the acceptance-host health categories)."""
    pvs = sv.get_enum(enum_name).permissible_values or {}
    return sorted({str(sv.expand_curie(str(m))) for pv in pvs.values() for m in (pv.exact_mappings or [])})


@dataclass
class _SlotTarget:
    """One slot of one class, as its shapes name it: rule id base, property path, label, tier."""

    builder: _Builder
    class_name: str
    class_uri: str
    slot: Any
    path: str
    label: str
    prop: str
    tier: int | None
    base: str

    def shape(
        self, constraint: str, file: str, severity: str, message: str, hint: str, body: list[tuple[str, str]]
    ) -> None:
        self.builder.add(
            PropertyShape(
                rule_id=f"{self.base}.{constraint}",
                file=file,
                class_uri=self.class_uri,
                class_name=self.class_name,
                path=self.path,
                severity=severity,
                message=message,
                hint=_annotation(self.slot, "hint") or hint,
                label=self.label,
                body=body,
                tier=self.tier,
            )
        )


class _Builder:
    def __init__(self, sv: Any) -> None:
        self.sv = sv
        self.shapes: list[PropertyShape] = []
        self.node_shapes: dict[str, tuple[str, str]] = {}  # class name -> (class uri, node shape iri)

    def uri(self, curie: str) -> str:
        return str(self.sv.expand_curie(curie))

    def add(self, shape: PropertyShape) -> None:
        self.shapes.append(shape)

    def build(self) -> None:
        sv = self.sv
        for cname in sorted(sv.all_classes()):
            cls = sv.get_class(cname)
            if cls.abstract or cls.mixin or not cls.class_uri:
                continue
            class_uri = self.uri(cls.class_uri)
            self.node_shapes[cname] = (class_uri, EUCAIM_SHAPES + cname)
            for slot in sorted(sv.class_induced_slots(cname), key=lambda s: s.name):
                self.slot_shapes(cname, class_uri, slot)

    def slot_shapes(self, cname: str, class_uri: str, slot: Any) -> None:
        if not slot.slot_uri:
            raise SpecError("schemas/dcat_ap", "slot has no slot_uri (the property IRI)", slot.name)
        path = self.uri(slot.slot_uri)
        label = _annotation(slot, "label") or slot.title or slot.name
        tier_ann = _annotation(slot, "tier")
        target = _SlotTarget(self, cname, class_uri, slot, path, label, f"{label} ({slot.slot_uri}, <{path}>)",
                             int(tier_ann) if tier_ann else None, f"{STANDARD}.{snake(cname)}.{slot.name}")
        self.cardinality_shapes(target, _obligation(slot))
        self.range_shapes(target)
        if slot.pattern:
            target.shape(
                "pattern",
                "ranges.ttl",
                _VALUE_SEVERITY,
                f"{cname}: each value of {target.prop} must match the pattern {slot.pattern}.",
                f"Write {slot.slot_uri} in the form the profile requires (pattern {slot.pattern}).",
                [("sh:pattern", _lit(slot.pattern))],
            )

    def cardinality_shapes(self, t: _SlotTarget, ob: str) -> None:
        """The minimum count of an M or R slot (C minima are hand-written in shapes/dcat_ap/conditional.ttl)
        and the maximum count."""
        slot, cname = t.slot, t.class_name
        min_card = slot.minimum_cardinality
        if min_card is None and ob in {"M", "R"}:
            min_card = 1
        if ob in ("M", "R") and min_card:
            t.shape(
                "min_count",
                _CARD_FILE[ob],
                _SHACL_SEVERITY[missing_severity(ob) or Severity.violation],
                f"{cname}: {t.prop} is {_OBLIGATION_WORD[ob]}: give at least {min_card} value(s).",
                f"Add {slot.slot_uri} to each {cname} ({_OBLIGATION_WORD[ob]} in EUCAIM DCAT-AP v2.0).",
                [("sh:minCount", str(min_card))],
            )
        max_card = slot.maximum_cardinality
        if max_card is None and not slot.multivalued:
            max_card = 1
        if max_card is not None:
            t.shape(
                "max_count",
                _CARD_FILE[ob],
                _VALUE_SEVERITY,
                f"{cname}: {t.prop} allows at most {max_card} value(s).",
                f"Keep at most {max_card} value(s) of {slot.slot_uri} per {cname}.",
                [("sh:maxCount", str(max_card))],
            )

    def range_shapes(self, t: _SlotTarget) -> None:
        """The shape of the slot's range: a vocabulary (enums), classes, or types (with their bounds)."""
        sv, slot = self.sv, t.slot
        ranges = [a.range for a in (slot.any_of or []) if a.range] or [slot.range or sv.schema.default_range]
        ranges = [r for r in ranges if r]
        enums = [r for r in ranges if r in sv.all_enums()]
        classes = [r for r in ranges if r in sv.all_classes()]
        types = [r for r in ranges if r in sv.all_types()]
        if (
            len(enums) + len(classes) + len(types) != len(ranges)
            or (enums and (classes or types))
            or (classes and types)
        ):
            raise SpecError("schemas/dcat_ap", f"unsupported range combination {ranges}", slot.name)
        if enums:
            self.enum_shape(t, enums)
        elif classes:
            self.class_shape(t, classes)
        elif types:
            self.type_shape(t, types, ranges)
            self.bound_shape(t)

    def enum_shape(self, t: _SlotTarget, enums: list[str]) -> None:
        members: dict[str, str | None] = {}
        mapped: list[str] = []
        for e in enums:
            members.update(dict(_enum_members(self.sv, e)))
            mapped += _exact_mappings(self.sv, e)
        values = sorted({_iri(m) if m else _lit(text) for text, m in members.items()} | {_iri(m) for m in mapped})
        t.shape(
            "enum",
            "vocabularies.ttl",
            _VALUE_SEVERITY,
            f"{t.class_name}: {t.prop} must take a value from {' or '.join(enums)}.",
            f"Use a value of {' or '.join(enums)} for {t.slot.slot_uri} (see the profile's vocabulary).",
            [("sh:in", _inline_list(values))],
        )

    def class_shape(self, t: _SlotTarget, classes: list[str]) -> None:
        uris = []
        for c in classes:
            cu = self.sv.get_class(c).class_uri
            if not cu:
                raise SpecError("schemas/dcat_ap", f"range class {c} has no class_uri", t.slot.name)
            uris.append(self.uri(cu))
        if len(uris) == 1:
            body = [("sh:class", _iri(uris[0]))]
        else:
            body = [("sh:or", "( " + " ".join(f"[ sh:class {_iri(u)} ]" for u in sorted(uris)) + " )")]
        t.shape(
            "class",
            "ranges.ttl",
            _VALUE_SEVERITY,
            f"{t.class_name}: each value of {t.prop} must be a {' or '.join(classes)}.",
            f"Type each value of {t.slot.slot_uri} with rdf:type {' or '.join(classes)}.",
            body,
        )

    def type_shape(self, t: _SlotTarget, types: list[str], ranges: list[str]) -> None:
        cname, prop, slot_uri = t.class_name, t.prop, t.slot.slot_uri
        kinds = {self.type_kind(x) for x in types}
        if kinds == {"iri"}:
            t.shape(
                "range",
                "ranges.ttl",
                _VALUE_SEVERITY,
                f"{cname}: each value of {prop} must be an IRI.",
                f"Write {slot_uri} as an IRI (<https://...>), not a literal.",
                [("sh:nodeKind", "sh:IRI")],
            )
        elif kinds == {"text"}:
            t.shape(
                "range",
                "ranges.ttl",
                _VALUE_SEVERITY,
                f"{cname}: each value of {prop} must be a literal.",
                f"Write {slot_uri} as a literal (text), not an IRI.",
                [("sh:nodeKind", "sh:Literal")],
            )
        elif "iri" not in kinds:
            dts = sorted({self.type_datatype(x) for x in types if self.type_kind(x) == "datatype"})
            if "text" in kinds:
                dts = sorted({*dts, XSD_STRING})
            names = ", ".join(_curie_or_iri(d) for d in dts)
            body = (
                [("sh:datatype", _iri(dts[0]))]
                if len(dts) == 1
                else [("sh:or", "( " + " ".join(f"[ sh:datatype {_iri(d)} ]" for d in dts) + " )")]
            )
            t.shape(
                "datatype",
                "ranges.ttl",
                _VALUE_SEVERITY,
                f"{cname}: each value of {prop} must be a literal of datatype {names}.",
                f"Write {slot_uri} as a typed literal ({names}).",
                body,
            )
        else:
            raise SpecError("schemas/dcat_ap", f"range mixes IRIs and literals {ranges}", t.slot.name)

    def bound_shape(self, t: _SlotTarget) -> None:
        slot = t.slot
        bounds = []
        if slot.minimum_value is not None:
            bounds.append(("sh:minInclusive", str(slot.minimum_value)))
        if slot.maximum_value is not None:
            bounds.append(("sh:maxInclusive", str(slot.maximum_value)))
        if not bounds:
            return
        lo = f"at least {slot.minimum_value}" if slot.minimum_value is not None else ""
        hi = f"at most {slot.maximum_value}" if slot.maximum_value is not None else ""
        bound_text = " and ".join(x for x in (lo, hi) if x)
        if any(shape.rule_id == f"{t.base}.range" for shape in self.shapes):
            raise SpecError("schemas/dcat_ap", "a bounded slot must have a numeric range", slot.name)
        t.shape(
            "range",
            "ranges.ttl",
            _VALUE_SEVERITY,
            f"{t.class_name}: each value of {t.prop} must be {bound_text}.",
            f"Give {slot.slot_uri} a value {bound_text}.",
            bounds,
        )

    def type_kind(self, tname: str) -> str:
        t = self.sv.induced_type(tname)
        root = tname
        # Walk typeof to a built-in type name (uri, string, integer, ...).
        seen = set()
        cur = t
        while cur.typeof and cur.name not in seen:
            seen.add(cur.name)
            root = cur.typeof
            cur = self.sv.get_type(cur.typeof)
        names = {tname, root, t.name}
        if names & _IRI_TYPES:
            return "iri"
        if names & _TEXT_TYPES and not (t.uri and self.uri(t.uri) != XSD_STRING):
            return "text"
        return "datatype"

    def type_datatype(self, tname: str) -> str:
        t = self.sv.induced_type(tname)
        if not t.uri:
            raise SpecError("schemas/dcat_ap", f"type {tname} has no uri", tname)
        return self.uri(t.uri)


def _inline_list(items: list[str]) -> str:
    if len(items) <= 3:
        return "( " + " ".join(items) + " )"
    return "(\n        " + "\n        ".join(items) + "\n    )"


def _curie_or_iri(iri: str) -> str:
    for p, ns in _PREFIXES.items():
        if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns) :]):
            return f"{p}:{iri[len(ns) :]}"
    return f"<{iri}>"


def build_shapes(schemaview: Any) -> list[PropertyShape]:
    """Every generated property shape, sorted by rule id; raises SpecError on a duplicate id."""
    b = _Builder(schemaview)
    b.build()
    seen: dict[str, PropertyShape] = {}
    for s in b.shapes:
        if s.rule_id in seen:
            raise SpecError("schemas/dcat_ap", "two constraints generate the same rule id", s.rule_id)
        seen[s.rule_id] = s
    return sorted(b.shapes, key=lambda s: s.rule_id)


def _render_file(name: str, shapes: list[PropertyShape], source: str) -> str:
    lines = [
        f"# generated from {source} by eucaim_spec.generate.dcat_shacl ({name}); do not edit.",
        "",
    ]
    lines += [f"@prefix {p}: <{ns}> ." for p, ns in sorted(_PREFIXES.items())]
    lines.append("")
    by_class: dict[str, list[PropertyShape]] = {}
    for s in shapes:
        by_class.setdefault(s.class_name, []).append(s)
    for cname in sorted(by_class):
        members = by_class[cname]
        lines.append(f"{_iri(EUCAIM_SHAPES + cname)} a sh:NodeShape ;")
        lines.append(f"    sh:targetClass {_iri(members[0].class_uri)} ;")
        props = sorted(_iri(EUCAIM_SHAPES + s.rule_id) for s in members)
        lines.append("    sh:property " + " ,\n        ".join(props) + " .")
        lines.append("")
    for s in shapes:
        lines.append(f"{_iri(EUCAIM_SHAPES + s.rule_id)} a sh:PropertyShape ;")
        pairs = [("sh:path", _iri(s.path))]
        pairs += s.body
        pairs += [
            ("sh:severity", f"sh:{s.severity}"),
            ("sh:name", _lit(s.label, "en")),
            ("sh:message", _lit(s.message, "en")),
            ("eucaimns:ruleId", _lit(s.rule_id)),
            ("eucaimns:hint", _lit(s.hint, "en")),
        ]
        if s.tier is not None:
            pairs.append(("eucaimns:tier", str(s.tier)))
        lines.append(" ;\n".join(f"    {p} {o}" for p, o in pairs) + " .")
        lines.append("")
    return "\n".join(lines)


def generate_dcat_shapes(schemaview: Any, source: str = "schemas/dcat_ap/dcat_ap.yaml") -> dict[str, str]:
    """Turtle text per concern file (core, recommended, optional, ranges, vocabularies, background).

    ``background.ttl`` is not a shapes file: it holds the vocabulary facts (hyper-ontology subclass
    edges, ``skos:inScheme`` of the schema's enum members) that ``--background`` adds to the data graph.
    """
    shapes = build_shapes(schemaview)
    out: dict[str, str] = {}
    for name in CONCERN_FILES:
        out[name] = _render_file(name, [s for s in shapes if s.file == name], source)
    out[BACKGROUND_FILE] = generate_background(schemaview, source)
    return out


def gen_dcat_shapes(ctx: GenContext) -> Outputs:
    """The ``dcat_shacl`` recipe: the shape files of the recipe's schema, by file name."""
    files = generate_dcat_shapes(ctx.view())
    return {name: text.encode() for name, text in sorted(files.items())}


def _enum_scheme_iri(sv: Any, enum: Any) -> str:
    if getattr(enum, "enum_uri", None):
        return str(sv.expand_curie(enum.enum_uri))
    return f"{sv.schema.id.rstrip('/')}/{enum.name}"


#: Background vocabularies (schemas/<standard>/vocabularies/*.tsv) and what their headers may say.
VOCABULARY_DIR = "vocabularies"
MEMBER_NAMESPACE = EUCAIM_NS + "memberNamespace"
MEMBER_PATTERN = EUCAIM_NS + "memberPattern"
MEMBER_TYPE = EUCAIM_NS + "memberType"
_VOCAB_KEYS = {
    "title", "source", "version", "scheme", "namespace", "types", "members", "concepts", "pattern", "example",
    "subclass_of",
}
#: Prefixes the ``types`` header may use.
_TYPE_PREFIXES = {
    "dct": DCT,
    "skos": SKOS,
    "odrl": ODRL,
    "dpv": DPV,
    "spdx": SPDX,
    "dcat": DCAT,
    "eli": ELI,
    "rdfs": RDFS,
}


@dataclass(frozen=True)
class Vocabulary:
    """One background vocabulary file: its provenance, scheme, member classes and members.

    ``members`` is ``enumerated`` (exactly ``codes``) or ``namespace`` (every IRI namespace + a local name
    matching ``pattern`` in full): the latter for large open tables no offline copy of which exists.
    """

    file: str
    title: str
    source: str
    version: str
    scheme: str
    namespaces: tuple[str, ...]
    types: tuple[str, ...]
    members: str
    codes: tuple[tuple[str, str], ...] = ()
    declared: int | None = None
    pattern: str | None = None
    example: str | None = None
    #: For a vocabulary of classes (e.g. the ODRL policy types): the classes each member is a subclass of.
    subclass_of: tuple[str, ...] = ()

    def iris(self) -> list[str]:
        """Member IRIs of an enumerated vocabulary (every namespace), or the example's for a namespace rule."""
        codes = [c for c, _label in self.codes] or ([self.example] if self.example else [])
        return [ns + c for ns in self.namespaces for c in codes]

    def member_regex(self) -> str:
        """A regular expression matching exactly the member IRIs."""
        local = self.pattern if self.members == "namespace" else "|".join(re.escape(c) for c, _l in self.codes)
        return "^(?:" + "|".join(re.escape(ns) for ns in self.namespaces) + ")(?:" + str(local) + ")$"


def read_vocabulary(path: Path) -> Vocabulary:
    """Parse one vocabulary TSV; raises SpecError on a missing header, an unknown key or a wrong count."""
    where = f"schemas/.../{path.parent.name}/{path.name}"
    head, rows = _vocabulary_table(path, where)

    def expand(curies: str) -> tuple[str, ...]:
        out = []
        for t in curies.split():
            prefix, _, local = t.partition(":")
            if prefix not in _TYPE_PREFIXES:
                raise SpecError(where, f"class {t}: prefix not one of {sorted(_TYPE_PREFIXES)}")
            out.append(_TYPE_PREFIXES[prefix] + local)
        return tuple(out)

    vocab = Vocabulary(
        file=path.name,
        title=head["title"],
        source=head["source"],
        version=head["version"],
        scheme=head["scheme"],
        namespaces=tuple(head["namespace"].split()),
        types=expand(head["types"]),
        members=head["members"],
        codes=tuple(rows),
        declared=int(head["concepts"]) if "concepts" in head else None,
        pattern=head.get("pattern"),
        example=head.get("example"),
        subclass_of=expand(head.get("subclass_of", "")),
    )
    _check_members(vocab, where)
    return vocab


def _vocabulary_table(path: Path, where: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The ``# key: value`` header lines and the (code, label) rows of a vocabulary TSV."""
    head: dict[str, str] = {}
    rows: list[tuple[str, str]] = []
    table = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#") and not table:
            key, sep, value = line[1:].partition(":")
            key = key.strip()
            if not sep or key not in _VOCAB_KEYS:
                raise SpecError(where, f"line {n}: header must be '# key: value' with key one of {sorted(_VOCAB_KEYS)}")
            head[key] = value.strip()
            continue
        cells = line.split("\t")
        if not table:
            if cells[:2] != ["code", "label"]:
                raise SpecError(where, f"line {n}: expected the table header 'code<TAB>label'")
            table = True
            continue
        if len(cells) != 2 or not cells[0]:
            raise SpecError(where, f"line {n}: expected code<TAB>label")
        rows.append((cells[0], cells[1]))
    missing = {"title", "source", "version", "scheme", "namespace", "types", "members"} - set(head)
    if missing:
        raise SpecError(where, f"missing header(s) {sorted(missing)}")
    return head, rows


def _check_members(vocab: Vocabulary, where: str) -> None:
    """An enumerated list declares its count and lists distinct codes; a namespace rule has a pattern its
    example matches and no table."""
    kind, rows = vocab.members, vocab.codes
    if vocab.subclass_of and kind != "enumerated":
        raise SpecError(where, "subclass_of needs an enumerated list of classes")
    if kind == "enumerated":
        if vocab.declared != len(rows) or len({c for c, _l in rows}) != len(rows):
            raise SpecError(where, f"declares {vocab.declared} concepts but lists {len(rows)} distinct row(s)")
    elif kind == "namespace":
        if rows or not vocab.pattern or not vocab.example:
            raise SpecError(where, "a namespace rule has a pattern and an example, and no table")
        re.compile(vocab.member_regex())
        if not re.match(vocab.member_regex(), vocab.namespaces[0] + vocab.example):
            raise SpecError(where, f"the example {vocab.example!r} does not match the pattern")
    else:
        raise SpecError(where, f"members must be 'enumerated' or 'namespace', not {kind!r}")


def read_vocabularies(folder: Path | None) -> list[Vocabulary]:
    """Every ``*.tsv`` vocabulary of ``folder`` (none when it does not exist), sorted by file name."""
    if folder is None or not folder.is_dir():
        return []
    return [read_vocabulary(p) for p in sorted(folder.glob("*.tsv"))]


def vocabulary_dir(schemaview: Any) -> Path | None:
    """schemas/<standard>/vocabularies, when it exists (the standard is the last segment of the schema id)."""
    folder = schemas_dir() / str(schemaview.schema.id).rstrip("/").rsplit("/", 1)[-1] / VOCABULARY_DIR
    return folder if folder.is_dir() else None


def generate_background(schemaview: Any, source: str = "schemas/dcat_ap/dcat_ap.yaml") -> str:
    """N-Triples of the schema's static vocabularies: each enum member ``skos:inScheme`` its enum; and of
    the background vocabularies (schemas/<standard>/vocabularies): members typed with their classes, and
    for namespace rules the rule itself (namespace, pattern, classes) that
    ``eucaim_spec.validate.shacl.profiles.add_background`` applies to the IRIs of the data.

    The hyper-ontology subclass edges, the other half of the background knowledge, are added at run
    time from the packaged vocabulary (``eucaim_spec.validate.shacl.profiles.add_background``) rather
    than committed twice.
    """
    sv = schemaview
    triples: set[str] = set()
    rdf_type = f"<{RDF_TYPE}>"
    in_scheme = f"<{SKOS_IN_SCHEME}>"
    concept = f"<{SKOS}Concept>"
    scheme_class = f"<{SKOS}ConceptScheme>"
    subclass_of = f"<{RDFS_SUBCLASS_OF}>"
    vocabularies = read_vocabularies(vocabulary_dir(sv))
    for v in vocabularies:
        triples.add(f"<{v.scheme}> {rdf_type} {scheme_class} .")
        if v.members == "namespace":
            triples.add(f"<{v.scheme}> <{MEMBER_PATTERN}> {_lit(v.pattern or '')} .")
            triples.update(f"<{v.scheme}> <{MEMBER_NAMESPACE}> {_lit(ns)} ." for ns in v.namespaces)
            triples.update(f"<{v.scheme}> <{MEMBER_TYPE}> <{t}> ." for t in v.types)
            continue
        for iri in v.iris():
            triples.add(f"<{iri}> {in_scheme} <{v.scheme}> .")
            triples.update(f"<{iri}> {rdf_type} <{t}> ." for t in v.types)
            triples.update(f"<{iri}> {subclass_of} <{c}> ." for c in v.subclass_of)
    for ename in sorted(sv.all_enums()):
        enum = sv.get_enum(ename)
        if getattr(enum, "reachable_from", None):
            continue
        scheme = _enum_scheme_iri(sv, enum)
        extra_types = [sv.expand_curie(t.strip()) for t in (_annotation(enum, "rdf_type") or "").split() if t]
        iris = [m for _text, m in _enum_members(sv, ename) if m] + _exact_mappings(sv, ename)
        for meaning in iris:
            triples.add(f"<{meaning}> {in_scheme} <{scheme}> .")
            triples.add(f"<{meaning}> {rdf_type} {concept} .")
            for t in extra_types:
                triples.add(f"<{meaning}> {rdf_type} <{t}> .")
    sources = source + (f" and {source.rsplit('/', 1)[0]}/{VOCABULARY_DIR}/*.tsv" if vocabularies else "")
    header = [
        f"# generated from {sources} by eucaim_spec.generate.dcat_shacl ({BACKGROUND_FILE}); do not edit.",
        "",
    ]
    return "\n".join(header + sorted(triples)) + "\n"


def rule_ids(schemaview: Any) -> Iterable[str]:
    """Ids of the generated rules, sorted."""
    return [s.rule_id for s in build_shapes(schemaview)]
