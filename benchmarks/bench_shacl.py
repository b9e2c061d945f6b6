"""Catalogue metadata benchmark: our shacl engine vs pySHACL with the official HealthDCAT-AP r8 shapes.

Generates a catalogue of N dataset records (default 10,000, about 100 triples each), checks it with
our engine (generated EUCAIM DCAT-AP shapes, compiled backend) and with pySHACL on the official shapes,
in one run, and prints both times, the ratio, and whether the two agree on the rules both cover
(compared as (focus node, property, constraint component) on the (target class, property, constraint,
parameter) combinations both shape sets define, as tests/test_shacl_oracle.py does). Run from the
repository root with shared/ beside it:

    .venv/bin/python benchmarks/bench_shacl.py --datasets 10000     # pySHACL takes ~20 min of it
    .venv/bin/python benchmarks/bench_shacl.py --datasets 2000      # ~4 min

Last run (2 cores, shared machine): 10,000 records, ours 12.6 s, pySHACL 1,307.9 s, 103.4x, identical
findings on 181 shared constraints (419,126 results).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from eucaim_spec.paths import ARTIFACTS_DIR
from eucaim_spec.validate.shacl.compiled import CompiledBackend
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals, parse_into, read_file
from eucaim_spec.validate.shacl.shapes import ShapesGraph
from eucaim_spec.validate.shacl.terms import ox_str

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PREFIXES = """@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix h: <http://healthdataportal.eu/ns/health#> .
@prefix eucaim: <https://cancerimage.eu/ontology/EUCAIM#> .
@prefix ar: <http://publications.europa.eu/resource/authority/access-right/> .
"""
LANGS = ("en", "fr", "de", "es", "it")


def record(i: int, rng: random.Random) -> str:
    """One dataset with 5 distributions; about 1 in 20 records breaks one rule."""
    ds = f"<https://example.org/ds/{i}>"
    fault = rng.randrange(20)
    lines = [f"{ds} a dcat:Dataset ;"]
    if fault != 0:
        lines += [f'    dct:title "Dataset {i}"@{lang} ;' for lang in LANGS]
    lines += [f'    dct:description "Imaging collection {i}"@{lang} ;' for lang in LANGS]
    lines.append(
        f'    dct:identifier "ds-{i}" ;' if fault != 1 else f'    dct:identifier "ds-{i}", "x-{i}" ;'
    )
    lines.append('    dcat:version "1.0.0" ;' if fault != 2 else '    dcat:version "one" ;')
    lines.append("    dct:accessRights ar:PUBLIC ;")
    lines.append(
        "    eucaim:hasBirthSex eucaim:COM1001366 ;" if fault != 3 else "    eucaim:hasBirthSex eucaim:X1 ;"
    )
    lines.append(
        f'    h:numberOfRecords "{rng.randrange(10, 9000)}"^^xsd:integer ;'
        if fault != 4
        else '    h:numberOfRecords "-2"^^xsd:integer ;'
    )
    lines += [f'    dcat:keyword "kw{k}-{i}"@en ;' for k in range(12)]
    lines.append('    dct:issued "2024-05-01"^^xsd:date ;')
    lines.append(f"    dcat:contactPoint <https://example.org/ds/{i}/cp> ;")
    lines.append("    dct:publisher <https://example.org/publisher> ;")
    dists = [f"<https://example.org/ds/{i}/d{k}>" for k in range(5)]
    lines.append(f"    dcat:distribution {', '.join(dists)} .")
    for k, d in enumerate(dists):
        typed = "a dcat:Distribution ; " if not (fault == 5 and k == 0) else ""
        lines.append(
            f"{d} {typed}dcat:accessURL <https://example.org/ds/{i}/access/{k}> ; "
            f"dct:format <http://publications.europa.eu/resource/authority/file-type/DICOM> ; "
            f'dct:title "Distribution {k}"@en ; dct:description "Files"@en ; '
            f'dcat:byteSize "{rng.randrange(1, 10**9)}"^^xsd:nonNegativeInteger ; '
            f"dct:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> ."
        )
    lines.append(
        f"<https://example.org/ds/{i}/cp> a vcard:Kind ; vcard:hasEmail <mailto:ds{i}@example.org> ; "
        f'vcard:fn "Contact {i}" .'
    )
    return "\n".join(lines)


def catalogue(n: int) -> str:
    rng = random.Random(42)
    parts = [PREFIXES, '<https://example.org/publisher> a foaf:Agent ; foaf:name "Publisher" .']
    parts += [record(i, rng) for i in range(n)]
    return "\n".join(parts) + "\n"


def our_shapes():
    """Generated shapes of the real profile (the committed artifacts, else generated now)."""
    gen = ARTIFACTS_DIR / "shacl" / "dcat_ap"
    files = ["core.ttl", "recommended.ttl", "optional.ttl", "ranges.ttl", "vocabularies.ttl"]
    if all((gen / f).is_file() for f in files):
        return "artifacts/shacl/dcat_ap", ShapesGraph.from_texts((f, (gen / f).read_text()) for f in files)
    from tests.test_shacl_support import generated_real_shapes  # deferred: needs REPO on sys.path (above)

    texts = generated_real_shapes()
    return "schemas/dcat_ap (generated now)", ShapesGraph.from_texts((f, texts[f]) for f in files)


def key(r) -> tuple[str, str, str]:
    return (r.focus, r.path or "", r.component.rsplit("#", 1)[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=int, default=10_000)
    ap.add_argument("--skip-pyshacl", action="store_true")
    args = ap.parse_args()

    from tests.test_shacl_support import coverage, official_shapes  # deferred: needs REPO on sys.path (above)

    text = catalogue(args.datasets)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "catalogue.ttl"
        f.write_text(text)
        print(f"catalogue: {args.datasets} datasets, {len(text) / 1e6:.1f} MB Turtle", flush=True)
        source, ours = our_shapes()

        # Ours: parse with pyoxigraph, compiled backend, findings as the engine makes them.
        t0 = time.perf_counter()
        store = ox.Store()
        src = read_file(f)
        literals = IntegerLiterals()
        n_triples = parse_into(store, src, literals)
        t_parse = time.perf_counter() - t0
        backend = CompiledBackend()
        ours_results = backend.validate(DataGraph(store, [src], literals=literals), ours)
        t_ours = time.perf_counter() - t0
        print(f"triples: {n_triples}")
        if backend.fallback_shapes:
            print(f"  shapes handed to pySHACL by the compiled backend: {len(backend.fallback_shapes)}")
        print(
            f"ours ({source}, compiled backend): {t_ours:.1f} s (parse {t_parse:.1f} s), "
            f"{len(ours_results)} results",
            flush=True,
        )

        if args.skip_pyshacl:
            return
        theirs_shapes = official_shapes("PUBLIC")
        t0 = time.perf_counter()
        g = Graph().parse(f, format="turtle")
        t_rdflib = time.perf_counter() - t0
        theirs_results = PyShaclBackend().validate_rdflib(g, theirs_shapes)
        t_theirs = time.perf_counter() - t0
        print(
            f"pySHACL (HealthDCAT-AP r8 PUBLIC + DCAT-AP 3.0.0 shapes): {t_theirs:.1f} s "
            f"(rdflib parse {t_rdflib:.1f} s), {len(theirs_results)} results",
            flush=True,
        )
        print(f"ratio: ours is {t_theirs / t_ours:.1f}x faster")

        # A rule both cover: the same (target class, property, constraint component, parameter), as the
        # oracle test (tests/test_shacl_oracle.py) defines it; a result counts when its focus node has the class.
        both = {(k, p, c) for k, p, c, _v in coverage(ours.graph) & coverage(theirs_shapes)}
        types: dict[str, set[str]] = {}
        for row in store.query("SELECT ?s ?t WHERE { ?s a ?t }"):
            types.setdefault(ox_str(row[0]), set()).add(ox_str(row[1]))

        def shared(r) -> bool:
            comp = r.component.rsplit("#", 1)[-1]
            return any((k, r.path, comp) in both for k in types.get(r.focus, ()))

        a = {key(r) for r in ours_results if shared(r)}
        b = {key(r) for r in theirs_results if shared(r)}
        print(
            f"rules both cover: {len(both)} (class, property, constraint) triples: "
            + ", ".join(sorted(f"{k.rsplit('#', 1)[-1]}.{p.rsplit('/', 1)[-1]}:{c.rsplit('#', 1)[-1][:-19]}"
                               for k, p, c in both))
        )
        print(
            f"findings on them identical: {a == b} (ours {len(a)}, theirs {len(b)}, "
            f"only ours {len(a - b)}, only theirs {len(b - a)})"
        )
        for k in sorted(a - b)[:5]:
            print("  only ours:", k)
        for k in sorted(b - a)[:5]:
            print("  only theirs:", k)


if __name__ == "__main__":
    main()
