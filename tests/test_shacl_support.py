"""Helpers (no tests) for the shacl tests: the test profile (tests/data/shacl_engine) and the real one."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from eucaim_spec.generate.dcat_shacl import generate_dcat_shapes
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.options import CheckOptions
from eucaim_spec.validate.shacl.profiles import ProfileConfig, load_config
from eucaim_spec.validate.shacl.terms import rdflib_str

HERE = Path(__file__).resolve().parent
TEST_DATA = HERE / "data" / "shacl_engine"
REPO = HERE.parent
REFERENCE = REPO.parent / "shared" / "reference"


@cache
def generated_test_shapes() -> dict[str, str]:
    from linkml_runtime import SchemaView  # deferred: linkml is slow to import, and only some tests need it

    return generate_dcat_shapes(SchemaView(str(TEST_DATA / "schema.yaml")))


def make_config(tmp: Path) -> ProfileConfig:
    """The test profile with the test schema's shapes generated into ``tmp``."""
    gen = tmp / "generated"
    gen.mkdir(parents=True, exist_ok=True)
    for name, text in generated_test_shapes().items():
        (gen / name).write_text(text, encoding="utf-8")
    return load_config(TEST_DATA / "profiles.yaml", generated_dir=gen, authored_dir=TEST_DATA / "shapes")


def ctx(root: Path | None = None, **options: object) -> CheckContext:
    return CheckContext(root=root, options=CheckOptions(**options))


def expected_rule(path: Path) -> str | None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return first.split(":", 1)[1].strip() if first.startswith("# rule:") else None


HEALTHDCAT_R8 = REFERENCE / "healthdcat-ap" / "healthdcat-ap-r8" / "validator"
DCAT_AP_300 = REFERENCE / "healthdcat-ap" / "dcat-ap-3.0.0" / "shacl"
#: HealthDCAT-AP r8 validation types (config.properties) by access-right code.
OFFICIAL_LEVELS = {"PUBLIC": "public", "NON_PUBLIC": "non-public", "RESTRICTED": "restricted"}


def official_shape_files(level: str = "PUBLIC") -> list[Path]:
    """The files validator/config.properties lists for ``level``, plus the DCAT-AP 3.0.0 files they import.

    config.properties names deprecated/deprecateduris.ttl, absent from the pinned r8 copy: the DCAT-AP
    3.0.0 one is used (shared/reference/README.md, "Validator profile files").
    """
    kind = OFFICIAL_LEVELS[level]
    r8 = [
        "shapes/graph-guard.ttl",
        "imports/mdr_imports.ttl",
        "ranges/range.ttl",
        f"shapes/{kind}-shapes.ttl",
        "controlled-vocabularies/mdr-vocabularies.shape.ttl",
        f"recommended/{kind}-shapes_recommended.ttl",
    ]
    dcat = [
        "deprecateduris.ttl",
        "shapes.ttl",
        "range.ttl",
        "mdr-vocabularies.shape.ttl",
        "shapes_recommended.ttl",
    ]
    return [HEALTHDCAT_R8 / f for f in r8] + [DCAT_AP_300 / f for f in dcat]


def official_shapes(level: str = "PUBLIC"):  # -> rdflib.Graph
    """The official shapes graph for ``level``, as pySHACL can run it.

    Dropped: owl:imports (the imported files are loaded explicitly; ontologies are not needed), and
    in the RESTRICTED shapes the property shape of Dataset_Shape that has no sh:path (an sh:or on
    hasStructuredData/hasVariables): pySHACL refuses it as "not a well-formed SHACL PropertyShape"
    (docs/toolchain.md, SHACL engines).
    """
    from rdflib import Graph
    from rdflib.namespace import OWL, SH

    g = Graph()
    for f in official_shape_files(level):
        g.parse(f, format="turtle")
    g.remove((None, OWL.imports, None))
    for parent, ps in list(g.subject_objects(SH.property)):
        if g.value(ps, SH.path) is None:
            g.remove((parent, SH.property, ps))
            for p, o in list(g.predicate_objects(ps)):
                g.remove((ps, p, o))
    return g


DCAT_FIXTURES = REPO / "tests" / "data" / "dcat_ap"


@cache
def generated_real_shapes() -> dict[str, str]:
    from linkml_runtime import SchemaView  # deferred: linkml is slow to import, and only some tests need it

    return generate_dcat_shapes(SchemaView(str(REPO / "schemas" / "dcat_ap" / "dcat_ap.yaml")))


def make_real_config(tmp: Path) -> ProfileConfig:
    """validators/dcat_ap.yaml with schemas/dcat_ap generated into ``tmp`` (not the committed artifacts)."""
    gen = tmp / "generated"
    gen.mkdir(parents=True, exist_ok=True)
    for name, text in generated_real_shapes().items():
        (gen / name).write_text(text, encoding="utf-8")
    return load_config(REPO / "validators" / "dcat_ap.yaml", generated_dir=gen)


def shape_classes(g) -> dict[str, set[str]]:
    """Target classes of each property shape (via the node shapes holding it, or its own targets)."""
    from rdflib.namespace import SH

    out: dict[str, set[str]] = {}
    for ns, ps in g.subject_objects(SH.property):
        out.setdefault(rdflib_str(ps), set()).update(str(c) for c in g.objects(ns, SH.targetClass))
    for ps, c in g.subject_objects(SH.targetClass):
        out.setdefault(rdflib_str(ps), set()).add(str(c))
    return out


def coverage(g) -> set[tuple[str, str, str, str]]:
    """(target class, property IRI, constraint component, parameter) of every simple-path property shape."""
    from rdflib import URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    comps = {"minCount": "MinCount", "maxCount": "MaxCount", "class": "Class", "datatype": "Datatype",
             "nodeKind": "NodeKind", "in": "In", "pattern": "Pattern", "minInclusive": "MinInclusive"}
    classes = shape_classes(g)
    out = set()
    for ps, path in g.subject_objects(SH.path):
        if not isinstance(path, URIRef):
            continue
        for p, comp in comps.items():
            val = g.value(ps, SH[p])
            if val is not None:
                param = " ".join(sorted(map(str, Collection(g, val)))) if p == "in" else str(val)
                for cls in classes.get(rdflib_str(ps), ()):
                    out.add((cls, str(path), f"{comp}ConstraintComponent", param))
    return out
