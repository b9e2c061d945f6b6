"""The data graph a backend validates: the pyoxigraph store, with an rdflib view made only when needed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals, parse_rdflib, parse_rdflib_subset, to_rdflib

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib


class DataGraph:
    """The data to validate: a pyoxigraph store, and an rdflib graph only when a backend needs it.

    The rdflib graph is parsed from the original ``sources`` when given: the pyoxigraph store
    canonicalises literals ("01"^^xsd:integer is stored as "1") and folds the derived integer types
    (xsd:nonNegativeInteger, xsd:int, ...) into xsd:integer, which pySHACL must not see.
    """

    def __init__(
        self,
        store: pyoxigraph.Store,
        sources: list[Any] | None = None,
        background: list[Any] | None = None,
        literals: IntegerLiterals | None = None,
    ) -> None:
        self.store = store
        self.sources = sources or []
        self.background = background or []
        #: Integer literals as written (when the store was filled by ``parse_into(..., literals)``): lets
        #: the compiled backend check derived integer datatypes itself.
        self.literals = literals
        #: A class IRI -> it and its IRI subclasses in the store (filled by the compiled backend's planner).
        self.subclass_cache: dict[str, list[str]] = {}
        self._rdflib: rdflib.Graph | None = None

    def rdflib_subset(self, predicates: set[str]) -> rdflib.Graph:
        """The exact-literal graph restricted to ``predicates`` (and rdf:type); full graph without sources."""
        if not self.sources or self._rdflib is not None:
            return self.rdflib()
        return parse_rdflib_subset(self.sources, predicates, extra=self.background)

    def rdflib(self) -> rdflib.Graph:
        """The whole data as an rdflib graph (parsed once)."""
        if self._rdflib is None:
            if self.sources:
                self._rdflib = parse_rdflib(self.sources, extra=self.background)
            else:
                self._rdflib = to_rdflib(self.store)
        return self._rdflib
