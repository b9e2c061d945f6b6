"""The compiled backend's unit of work: a ``Job`` (one SPARQL query and how to read its rows into results)
and ``Unsupported``, raised when a shape needs something the compiler does not translate (pySHACL runs it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eucaim_spec.validate.shacl.terms import nt_literal


class Unsupported(Exception):
    """A shape (or a part of it) the compiled backend hands to pySHACL."""


class NeedsShapes(Exception):
    """A job loaded from the compiled shapes plan must hand its shape to pySHACL: the caller parses the
    shapes and validates from them instead."""


@dataclass
class Job:
    """One SPARQL query and how to read its rows into results."""

    query: str
    shape: str
    path: str | None
    component: str
    severity: str
    kind: str  # "focus" (row: this) / "value" (row: this, v) / "sparql" (row: this [, path])
    message: str | None
    source_constraint: str | None = None
    #: For "sparql_each": the target query; ``query`` then holds $this, substituted per focus node.
    target_query: str | None = None
    #: (node shape, property shapes) to hand to pySHACL if the job cannot run here.
    fallback: tuple[Any, list[Any]] | None = None
    #: For "folded" jobs (row: this, v): the derived integer datatype and the property it is checked on.
    datatype: str | None = None
    #: For "count" jobs: the target group and ("min" | "max", bound) on the property ``path``.
    target: str | None = None
    bound: tuple[str, int] | None = None
    #: For "value" jobs on a plain property with a plain target (``target`` set too): the SPARQL condition on
    #: ?v that ``query`` filters by. Such jobs on one property are answered by one scan of it
    #: (``CompiledBackend.run_value_group``) instead of one query each.
    condition: str | None = None

    def label(self) -> str:
        """The component and path, as the progress bar shows the job (``MinCount on <path>``)."""
        return f"{self.component.rsplit('#', 1)[-1][:-19]} on {self.path or 'node'}"


def sparql_term(t: Any) -> str:
    """An rdflib IRI or literal of the shapes graph written as a SPARQL term."""
    from rdflib import BNode, Literal, URIRef  # deferred: rdflib is a heavy import chain

    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        return nt_literal(str(t), t.language, str(t.datatype) if t.datatype else None)
    if isinstance(t, BNode):
        raise Unsupported("blank node as a constraint value")
    raise Unsupported(f"term {t!r}")
