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


class ShaclBackend(Protocol):
    name: str

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        """Every validation result, sorted."""
        ...
