"""The reference backend: pySHACL over rdflib graphs, without inference, SHACL-SPARQL enabled."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eucaim_spec.errors import SpecError
from eucaim_spec.namespaces import RDF_TYPE, SH
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.results import Result
from eucaim_spec.validate.shacl.shapes import ShapesGraph
from eucaim_spec.validate.shacl.terms import rdflib_str

if TYPE_CHECKING:
    import rdflib

#: Components whose sh:value pySHACL fills in but the compiled backend has none for: not compared.
_COUNT_COMPONENTS = ("MinCountConstraintComponent", "MaxCountConstraintComponent", "HasValueConstraintComponent")


class PyShaclBackend:
    """The reference engine: pySHACL without inference, SHACL-SPARQL enabled."""

    name = "pyshacl"

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        return self.validate_rdflib(data.rdflib(), shapes.graph)

    def validate_rdflib(self, data_graph: rdflib.Graph, shapes_graph: rdflib.Graph) -> list[Result]:
        """Every validation result of ``shapes_graph`` on ``data_graph``, sorted."""
        import pyshacl  # deferred: pySHACL (and rdflib) are heavy and only some runs need them
        from rdflib import URIRef  # deferred: rdflib is a heavy import chain

        try:
            _conforms, report, _text = pyshacl.validate(
                data_graph,
                shacl_graph=shapes_graph,
                inference="none",
                allow_warnings=True,
                allow_infos=True,
                abort_on_first=False,
                meta_shacl=False,
                advanced=True,
            )
        except Exception as exc:
            # pySHACL refuses malformed shapes (e.g. a property shape without sh:path).
            raise SpecError("shapes", f"pySHACL: {' '.join(str(exc).split())}") from None
        nodes = report.subjects(URIRef(RDF_TYPE), URIRef(SH + "ValidationResult"))
        return sorted({_result(report, r) for r in nodes}, key=Result.sort_key)


def _result(report: Any, r: Any) -> Result:
    """The sh:ValidationResult node ``r`` of pySHACL's ``report`` as a ``Result``."""
    from rdflib import URIRef  # deferred: rdflib is a heavy import chain

    def value(name: str) -> Any:
        return report.value(r, URIRef(SH + name))

    focus, path, sev = value("focusNode"), value("resultPath"), value("resultSeverity")
    comp, src, val = value("sourceConstraintComponent"), value("sourceShape"), value("value")
    sc, msg = value("sourceConstraint"), value("resultMessage")
    is_sparql = comp == URIRef(SH + "SPARQLConstraintComponent")
    return Result(
        focus=rdflib_str(focus),
        path=None if path is None else (rdflib_str(path) if isinstance(path, URIRef) else "complex"),
        source_shape=rdflib_str(src),
        component=str(comp),
        severity=str(sev).rsplit("#", 1)[-1],
        value=None if (val is None or _is_count(str(comp))) else rdflib_str(val),
        source_constraint=rdflib_str(sc) if (sc is not None and is_sparql) else None,
        message=str(msg) if msg is not None else None,
    )


def _is_count(component: str) -> bool:
    return component.rsplit("#", 1)[-1] in _COUNT_COMPONENTS
