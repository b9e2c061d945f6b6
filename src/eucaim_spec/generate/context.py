"""What every generator gets: its recipe, the expanded schema views and the ontology they are expanded with.

Generators import this module only; the pipeline (``generate/pipeline.py``) imports the generators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec import vocab
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import schemas_dir
from eucaim_spec.schemaview import load_expanded_from, schema_path

#: What a generator that fills a folder returns: file name -> content.
Outputs = dict[str, bytes]
REGENERATE_COMMAND = "eucaim generate"


@cache
def ontology() -> vocab.HyperOntology:
    """The ontology built from schemas/vocab (not the packaged artifact, which may be the thing regenerated)."""
    try:
        return vocab.from_data(vocab.read_sources(schemas_dir() / "vocab"))
    except (ValueError, KeyError, OSError) as exc:
        raise SpecError("schemas/vocab", str(exc)) from exc


@dataclass
class GenContext:
    """What a generator gets: the recipe and a cache of expanded schema views (shared by the recipes of a run)."""

    recipe: dict[str, Any]
    views: dict[str, Any] = field(default_factory=dict)
    #: what the earlier recipes of this run produced (absolute output path -> content): a generator that
    #: compiles from another's output reads this run's, not the committed file that may be regenerated
    outputs: dict[Path, bytes] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return str(self.recipe["source"])

    @property
    def source_file(self) -> str:
        return f"schemas/{self.source}/{self.source}.yaml"

    def view(self, standard: str | None = None) -> Any:
        """The expanded schema view of ``standard`` (default: the recipe's source)."""
        std = standard or self.source
        if std not in self.views:
            self.views[std] = load_expanded_from(schema_path(std), ontology())
        return self.views[std]

    def header(self, generator: str, comment: str = "#") -> str:
        """First line of every generated text file: source, generator, do not edit (no date, no version)."""
        return f"{comment} generated from {self.source_file} by {generator} ({REGENERATE_COMMAND}); do not edit\n"
