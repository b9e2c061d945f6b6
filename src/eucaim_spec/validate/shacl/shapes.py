"""The shapes graph: parsed SHACL shapes (rdflib; they are small) and the helpers that read it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from eucaim_spec.errors import SpecError
from eucaim_spec.namespaces import SH

if TYPE_CHECKING:
    import rdflib


class ShapesGraph:
    """Parsed shapes (rdflib, they are small) with the name of each file for error messages."""

    def __init__(self, graph: rdflib.Graph, files: Iterable[str] = ()) -> None:
        self.graph = graph
        self.files = tuple(files)

    @classmethod
    def from_texts(cls, texts: Iterable[tuple[str, str]]) -> ShapesGraph:
        """Shapes from (name, Turtle text) pairs."""
        from rdflib import Graph  # deferred: rdflib is a heavy import chain

        g = Graph()
        names = []
        for name, text in texts:
            try:
                g.parse(data=text, format="turtle", publicID=f"file:///{name}")
            except Exception as exc:
                raise SpecError(name, f"shapes do not parse: {' '.join(str(exc).split())}") from None
            names.append(name)
        return cls(g, names)


def is_true(node: Any) -> bool:
    """True for a boolean shape parameter set to true (e.g. ``sh:deactivated true``)."""
    return node is not None and str(node).lower() == "true"


def subgraph(g: Any, shapes: list[tuple[Any, list[Any]]]) -> Any:
    """The shapes graph restricted to the given (node shape, property shapes) pairs, with their CBDs."""
    from rdflib import BNode, Graph, URIRef  # deferred: rdflib is a heavy import chain

    out = Graph()
    keep_prop = URIRef(SH + "property")

    def cbd(node: Any, skip_props: bool) -> None:
        for p, o in g.predicate_objects(node):
            if skip_props and p == keep_prop:
                continue
            out.add((node, p, o))
            if isinstance(o, BNode):
                cbd(o, False)

    for shape, props in shapes:
        cbd(shape, True)
        for p in props:
            out.add((shape, keep_prop, p))
            cbd(p, False)
    # Prefix declarations used by SPARQL constraints live outside the shapes.
    for s, p, o in g.triples((None, URIRef(SH + "declare"), None)):
        out.add((s, p, o))
        cbd(o, False)
    return out
