"""The rule catalogue: every check any engine runs is a Rule with a stable id.

Rule ids: ``<standard>.<class-or-table>.<slot-or-column>.<constraint>`` for rules generated from the
LinkML sources, ``<standard>.<name>`` for hand-written ones (docs/design.md "Rule ids").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eucaim_spec.report.model import Finding, Location, Severity

RULE_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")

#: How many offending places a finding lists.
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Rule:
    """One check, as its engine suite defines it: ``tier`` is the lowest tier at which it may run and ``severity``
    its base severity. Whether it runs at a target tier and with which severity there is decided by the tier
    suite alone (``validate/suite.py``, ``validators/tiers.yaml``)."""

    id: str
    title: str
    standard: str
    tier: int
    severity: Severity
    engine: str
    hint: str = ""

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise ValueError(f"rule id {self.id!r} is not lowercase dot-separated")
        if self.tier not in (1, 2, 3):
            raise ValueError(f"rule {self.id}: tier must be 1, 2 or 3")

    def to_dict(self) -> dict[str, Any]:
        """The rule as plain data (the published rule catalogue artifact)."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "standard": self.standard,
            "tier": self.tier,
            "severity": str(self.severity.value),
            "engine": self.engine,
            "hint": self.hint,
        }
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rule:
        return cls(
            id=data["id"],
            title=data["title"],
            standard=data["standard"],
            tier=int(data["tier"]),
            severity=Severity(data["severity"]),
            engine=data["engine"],
            hint=data.get("hint", ""),
        )

    def finding(
        self,
        *,
        target_tier: int,
        count: int = 1,
        message: str | None = None,
        location: Location | None = None,
        examples: Sequence[str] = (),
    ) -> Finding:
        """A Finding of this rule at its base severity (the orchestrator applies the tier suite's); ``message``
        must never contain a personal value. ``target_tier`` is the tier checked."""
        return Finding(
            rule_id=self.id,
            severity=self.severity,
            message=message or self.title,
            hint=self.hint or None,
            standard=self.standard,
            tier=self.tier,
            count=max(count, 1),
            location=location,
            examples=[str(e) for e in list(examples)[:MAX_EXAMPLES]],
        )


class RuleCatalogue:
    """All rules by id. Registering the same id twice with a different definition is a spec error."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        self.extend(rules)

    def add(self, rule: Rule) -> Rule:
        old = self._rules.get(rule.id)
        if old is not None and old != rule:
            raise ValueError(f"rule id {rule.id} defined twice with different content")
        self._rules[rule.id] = rule
        return rule

    def extend(self, rules: Iterable[Rule]) -> None:
        for r in rules:
            self.add(r)

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.id))

    def __len__(self) -> int:
        return len(self._rules)
