"""The example files of tests/data/<standard>/{valid,invalid}/<Class>-<what>.<ext> and their expected rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
RULE_LINE = re.compile(r"^#\s*rule:\s*(\S+)\s*$")


@dataclass(frozen=True)
class Example:
    standard: str
    valid: bool
    path: Path
    target_class: str
    expected_rule: str | None

    @property
    def id(self) -> str:
        return f"{self.standard}/{'valid' if self.valid else 'invalid'}/{self.path.name}"

    def load(self) -> dict:
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), f"{self.path} is not one YAML mapping"
        return data

    @property
    def slot(self) -> str | None:
        """Slot named by a generated rule id (<std>.<table>.<slot>.<constraint>)."""
        parts = (self.expected_rule or "").split(".")
        return parts[2] if len(parts) == 4 else None

    @property
    def constraint(self) -> str | None:
        parts = (self.expected_rule or "").split(".")
        return parts[3] if len(parts) == 4 else None


def examples(standard: str, suffix: str = ".yaml") -> list[Example]:
    out = []
    for kind in ("valid", "invalid"):
        for p in sorted((DATA / standard / kind).glob(f"*{suffix}")):
            first = p.read_text(encoding="utf-8").splitlines()[:1]
            m = RULE_LINE.match(first[0]) if first else None
            out.append(Example(standard, kind == "valid", p, p.name.split("-", 1)[0], m.group(1) if m else None))
    return out
