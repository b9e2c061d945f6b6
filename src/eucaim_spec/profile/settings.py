"""The profile suite (validators/profile.yaml): thresholds of the quality and disclosure-risk measures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec import yaml_io
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir
from eucaim_spec.report.model import Severity
from eucaim_spec.validate.rules import Rule

SUITE_FILE = "profile.yaml"


@dataclass(frozen=True)
class ProfileSettings:
    """Thresholds; the field docs are the suite file's FORMAT header."""

    min_cell_size: int = 5
    missing_threshold: float = 0.30
    missing_markers: tuple[str, ...] = ("?", "None", "nan", "NaN")
    k_anonymity: int = 5
    max_share_below_k: float = 0.0
    max_age: float = 89
    iqr_factor: float = 1.5
    robust_z: float = 3.5
    correlation_min: float = 0.9
    lexical_min: float = 0.92
    coded_max_distinct: int = 50
    head_body_parts: tuple[str, ...] = field(default_factory=tuple)
    head_modalities: tuple[str, ...] = field(default_factory=tuple)


def _suite(path: Path | None) -> tuple[Path, dict[str, Any]]:
    import yaml

    file = path or validators_dir() / SUITE_FILE
    try:
        data = yaml_io.safe_load(file.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SpecError(str(file), f"profile suite unreadable ({type(exc).__name__})") from None
    if not isinstance(data, dict) or data.get("suite") != "profile":
        raise SpecError(str(file), "not a profile suite (expected 'suite: profile')")
    return file, data


def load_rules(path: Path | None = None) -> list[Rule]:
    """The check's rules of the suite file (``rules``): one per threshold, lowest tier 2 (D5.8: the quality
    dimensions from Tier 2; validators/tiers.yaml decides where they run and their severity per tier)."""
    file, data = _suite(path)
    out = []
    for rid, spec in (data.get("rules") or {}).items():
        try:
            out.append(Rule(str(rid), str(spec["title"]), "profile", 2, Severity(str(spec["severity"])), "profile",
                            str(spec.get("hint") or "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError(str(file), f"rule {rid}: needs title and a severity ({exc})") from None
    return out


def load_settings(path: Path | None = None, **overrides: Any) -> ProfileSettings:
    """The suite file's thresholds, then ``overrides`` (CLI options; None means not given)."""
    file, data = _suite(path)
    known = set(ProfileSettings.__dataclass_fields__) | {"suite", "version", "outliers", "rules"}
    unknown = sorted(set(data) - known)
    if unknown:  # config that is silently ignored is worse than none
        raise SpecError(str(file), f"unknown key(s) {', '.join(unknown)}")
    values: dict[str, Any] = {k: v for k, v in data.items() if k in ProfileSettings.__dataclass_fields__}
    outliers = data.get("outliers") or {}
    if "iqr_factor" in outliers:
        values["iqr_factor"] = outliers["iqr_factor"]
    if "robust_z" in outliers:
        values["robust_z"] = outliers["robust_z"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    for key in ("missing_markers", "head_body_parts", "head_modalities"):
        if key in values:
            values[key] = tuple(str(v) for v in values[key])
    try:
        s = ProfileSettings(**values)
    except TypeError as exc:
        raise SpecError(str(file), str(exc)) from None
    if s.min_cell_size < 1 or s.k_anonymity < 1 or not 0 <= s.missing_threshold <= 1:
        raise SpecError(str(file), "min_cell_size and k_anonymity must be >= 1, missing_threshold in [0, 1]")
    return s
