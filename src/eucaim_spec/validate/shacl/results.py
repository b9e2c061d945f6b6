"""What a SHACL backend returns (``Result``) and the interface every backend implements (``ShaclBackend``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from eucaim_spec.validate.shacl.data import DataGraph
    from eucaim_spec.validate.shacl.shapes import ShapesGraph


@dataclass(slots=True, unsafe_hash=True)
class Result:
    """One SHACL validation result, terms as strings (IRI, ``_:id`` or an N-Triples literal).

    Hashable by value; not frozen because a frozen dataclass's ``__init__`` costs twice as much, and a
    catalogue of 10,000 records yields half a million results. Treat it as immutable.
    """

    focus: str
    path: str | None
    source_shape: str
    component: str
    severity: str  # local name: Violation, Warning, Info
    value: str | None = None
    #: The sh:sparql node for SPARQL-based constraints (its own rule id may live there).
    source_constraint: str | None = None
    message: str | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, ...]:
        return (
            self.focus,
            self.path or "",
            self.source_shape,
            self.component,
            self.value or "",
            self.source_constraint or "",
        )


@dataclass(slots=True)
class FocusBatch:
    """Results that differ only in their focus node: those of one cardinality constraint.

    ``template`` carries the shared fields (its focus is unused), ``foci`` the distinct focus nodes as result
    strings. An optional property missing from every record of a 10,000-record catalogue is one batch, not
    10,000 ``Result`` objects to build, hash and sort before the engine counts them by rule.
    """

    template: Result
    foci: list[str]

    def result(self, focus: str) -> Result:
        """The result of this batch for ``focus``."""
        t = self.template
        return Result(focus, t.path, t.source_shape, t.component, t.severity, t.value, t.source_constraint, t.message)

    def results(self) -> list[Result]:
        return [self.result(f) for f in self.foci]

    def blank(self) -> bool:
        """True when a focus node is a blank node."""
        return any(f.startswith("_:") for f in self.foci)


class ShaclBackend(Protocol):
    name: str

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        """Every validation result, sorted."""
        ...
