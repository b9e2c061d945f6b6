"""generate --check compares Turtle by canonical N-Triples (text, not graph isomorphism, which took minutes on the
large generated shapes): a drifted shapes file is found and summarised by its differing triples, a re-serialised
but equal graph is not drift, and other files are summarised by their first differing lines."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from eucaim_spec.generate import pipeline
from eucaim_spec.paths import PACKAGE_DIR, spec_root
from tests.conftest import run_cli

SHAPES_DIR = PACKAGE_DIR / "artifacts" / "shacl"


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("cdm.shacl.ttl", b"sh:minCount 1", b"sh:minCount 2"),  # inside a blank-node property shape
        ("dcat_ap/background.ttl", b'"[a-z][a-z0-9.-]*"', b'"[a-z]+"'),  # the largest generated shapes file
    ],
)
def test_drifted_large_shapes_file_is_found_with_its_changed_triples(name, old, new):
    path = SHAPES_DIR / name
    committed = path.read_bytes()
    assert committed.count(old) >= 1
    drift = pipeline.compare({path: committed.replace(old, new, 1)})
    rel = path.relative_to(spec_root()).as_posix()
    assert drift.changed == [rel] and drift.missing == []
    summary = drift.details[rel]
    assert summary[0].startswith("graphs differ: ")
    removed = [ln for ln in summary if ln.startswith("- ")]
    added = [ln for ln in summary if ln.startswith("+ ")]
    literal = {b"sh:minCount 1": '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
               b'"[a-z][a-z0-9.-]*"': '"[a-z][a-z0-9.-]*"'}[old]
    assert any(literal in ln for ln in removed), summary
    assert added and not any(literal in ln for ln in added), summary


def test_same_graph_written_differently_is_not_drift():
    """N-Triples is Turtle too: other bytes, other blank-node labels, the same graph."""
    path = SHAPES_DIR / "cdm.shacl.ttl"
    committed = path.read_bytes()
    reserialised = ox.serialize(ox.parse(committed, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    assert reserialised != committed and b"_:" in reserialised
    assert pipeline.difference(".ttl", committed, reserialised) == []
    assert not pipeline.compare({path: reserialised}, {"no-such-source"})


def test_unparsable_committed_turtle_is_drift():
    summary = pipeline.difference(".ttl", b"<a> <b> .", b"<http://x/a> <http://x/b> <http://x/c> .")
    assert len(summary) == 1 and summary[0].startswith("the committed file is not valid Turtle: ")
    summary = pipeline.difference(".ttl", b"<http://x/a> <http://x/b> <http://x/c> .", b"<a> <b> .")
    assert len(summary) == 1 and summary[0].startswith("the generated content is not valid Turtle: ")


def test_text_and_binary_files_are_summarised_by_their_first_difference():
    assert pipeline.difference(".json", b"a\nb\nc\nd\n", b"a\nB\nc\nd\n") == [
        "first difference at line 2 (4 lines committed, 4 generated)", "- b", "+ B"]
    assert pipeline.difference(".py", b"a\nb\n", b"a\nb\nc\n") == [
        "first difference at line 3 (2 lines committed, 3 generated)", "+ c"]
    assert pipeline.difference(".sql", b"a\r\nb\n", b"a\nb\n") == [
        "first difference at line 1 (2 lines committed, 2 generated)", "  (only the line ends differ)"]
    assert pipeline.difference(".sql", b"a\nb", b"a\nb\n") == [
        "first difference at line 2 (2 lines committed, 2 generated)", "  (only the line ends differ)"]
    long = "x" * 500
    assert pipeline.difference(".json", long.encode(), b"y")[1] == "- " + "x" * pipeline.LINE_WIDTH + "..."
    assert pipeline.difference(".xlsx", b"PK\x03\x04\xff", b"PK\x03\x04\xfe") == [
        "binary content differs (5 bytes committed, 5 generated)"]


def test_generate_check_cli_names_the_drifted_file_and_its_changed_triples(monkeypatch):
    outputs = pipeline.read_committed()
    path = SHAPES_DIR / "dcat_ap" / "background.ttl"
    outputs[path] = outputs[path].replace(b'"[a-z][a-z0-9.-]*"', b'"[a-z]+"', 1)
    monkeypatch.setattr(pipeline, "build_all", lambda only=None: outputs)
    code, out, err = run_cli(["generate", "--check"])
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "drift: changed: src/eucaim_spec/artifacts/shacl/dcat_ap/background.ttl"
    assert lines[1] == ("    graphs differ: 1 triple only in the committed file, 1 only in the generated one "
                        "(canonical N-Triples; a change inside a blank node shows all its triples)")
    subject = "<https://www.iana.org/assignments/relation> <https://w3id.org/eucaim-spec/ns#memberPattern>"
    assert lines[2] == f'    - {subject} "[a-z][a-z0-9.-]*" .'
    assert lines[3] == f'    + {subject} "[a-z]+" .'
    assert "run `" in lines[-1] and len(lines) == 5
