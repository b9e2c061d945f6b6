"""Catalogue metadata benchmark: our shacl engine vs pySHACL with the official HealthDCAT-AP r8 shapes.

Generates a catalogue of N dataset records (default 10,000, about 100 triples each), checks it with
our engine (generated EUCAIM DCAT-AP shapes, compiled backend) and with pySHACL on the official shapes,
in one run, and prints both times, the ratio, and whether the two agree on the rules both cover
(compared as (focus node, property, constraint component) on the (target class, property, constraint,
parameter) combinations both shape sets define, as tests/test_shacl_oracle.py does). Run from the
repository root with shared/ beside it:

    .venv/bin/python benchmarks/bench_shacl.py --datasets 10000     # pySHACL takes ~20 min of it
    .venv/bin/python benchmarks/bench_shacl.py --datasets 2000      # ~4 min

End to end (``--end-to-end``): ``eucaim check catalogue.ttl --format json`` as a fresh process for 1, 400,
2,000 and 10,000 records next to pySHACL with the official shapes as a fresh process (imports, rdflib
parse of shapes and data, validation, report text), best of ``--runs``; pySHACL runs up to
``--pyshacl-max`` records (default 400; 2,000 take it ~4 min, 10,000 ~20 min):

    .venv/bin/python benchmarks/bench_shacl.py --end-to-end                     # make bench
    .venv/bin/python benchmarks/bench_shacl.py --end-to-end --pyshacl-max 2000

Last run (2 cores, shared machine): 10,000 records, ours 12.6 s, pySHACL 1,307.9 s, 103.4x, identical
findings on 181 shared constraints (419,126 results).
"""

from __future__ import annotations

import argparse
import random
import subprocess
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


#: pySHACL end to end: a fresh interpreter that imports pySHACL, parses the shapes and the catalogue with
#: rdflib, validates (no inference, SHACL-SPARQL, as our reference backend runs it) and writes the report.
PYSHACL_SCRIPT = """
import sys
import pyshacl
from rdflib import Graph
shapes = Graph().parse(sys.argv[1], format="turtle")
data = Graph().parse(sys.argv[2], format="turtle")
conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                          allow_infos=True, abort_on_first=False, meta_shacl=False, advanced=True)
sys.stdout.write(text)
"""


def timed_run(cmd: list[str], runs: int) -> float:
    """Best wall time of ``runs`` runs of ``cmd`` (exit code 1, violations found, is a normal end)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False)
        elapsed = time.perf_counter() - t0
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd[:3])} ... failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
        best = min(best, elapsed)
    return best


def end_to_end(sizes: list[int], pyshacl_max: int, runs: int) -> None:
    """`eucaim check catalogue.ttl --format json` next to pySHACL with the official shapes, both as a fresh
    process per run (start-up, imports, parse, validation and report included), best of ``runs``."""
    from tests.test_shacl_support import official_shapes  # deferred: needs REPO on sys.path (above)

    eucaim = str(Path(sys.executable).parent / "eucaim")
    print(f"end to end, best of {runs} run(s) per size; pySHACL up to {pyshacl_max} records", flush=True)
    print(f"{'records':>8} {'ours (s)':>9} {'pySHACL (s)':>12} {'ratio':>7}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        shapes = Path(tmp) / "official-shapes.ttl"
        if any(n <= pyshacl_max for n in sizes):
            official_shapes("PUBLIC").serialize(shapes, format="turtle")
        for n in sizes:
            f = Path(tmp) / f"catalogue-{n}.ttl"
            f.write_text(catalogue(n))
            reps = runs if n <= 2000 else 1
            ours = timed_run([eucaim, "check", str(f), "--format", "json"], reps)
            if n <= pyshacl_max:
                theirs = timed_run([sys.executable, "-c", PYSHACL_SCRIPT, str(shapes), str(f)], reps)
                print(f"{n:>8} {ours:>9.2f} {theirs:>12.2f} {theirs / ours:>6.1f}x", flush=True)
            else:
                print(f"{n:>8} {ours:>9.2f} {'(skipped)':>12} {'':>7}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=int, default=10_000)
    ap.add_argument("--skip-pyshacl", action="store_true")
    ap.add_argument("--end-to-end", action="store_true",
                    help="time `eucaim check` and pySHACL as whole processes for --sizes records")
    ap.add_argument("--sizes", default="1,400,2000,10000", help="catalogue sizes of --end-to-end")
    ap.add_argument("--pyshacl-max", type=int, default=400,
                    help="largest size pySHACL runs in --end-to-end (10,000 records take it ~20 min)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size up to 2,000 records (best is kept)")
    args = ap.parse_args()
    if args.end_to_end:
        end_to_end([int(n) for n in args.sizes.split(",")], args.pyshacl_max, args.runs)
        return

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
