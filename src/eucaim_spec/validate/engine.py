"""The engine interface: every engine (sql, shacl, dicom) detects what it can check and returns Findings.

The orchestrator (``eucaim_spec.validate.check``) splits a dataset directory into parts (metadata/,
clinical/, imaging/), hands each part to the engine that detects it, and merges the findings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from eucaim_spec.report.model import Finding
from eucaim_spec.validate.options import CheckOptions
from eucaim_spec.validate.rules import MAX_EXAMPLES, Rule

if TYPE_CHECKING:
    import pyarrow as pa

    from eucaim_spec.models.report import ThresholdResult, WaiverResult


@dataclass
class CatalogueDataset:
    """What the cross-part rules need of one dcat:Dataset of the catalogue record."""

    node: str
    file: str | None
    identifiers: tuple[str, ...] = ()
    #: interoperability-level codes as written (bare hyper-ontology codes when the IRI is one)
    levels: tuple[str, ...] = ()


@dataclass
class RunFacts:
    """Facts one engine reads from its part for rules that span parts (``validate/cross_part.py``).

    Filled by the engines as they check; ``None`` means the part was not read, which is not the same as empty.
    """

    catalogue: list[CatalogueDataset] | None = None
    #: distinct values of the CDM ``dataset.dataset_id`` column (files or database), at most a few hundred
    cdm_dataset_ids: list[str] | None = None
    #: CDM tables the sql engine checked (files or database); tiers 2-3 are evidenced only by them
    cdm_tables: list[str] | None = None
    #: The search readiness check read tables (set by the search engine): Tier-2 evidence without CDM tables
    search_read: bool = False


@dataclass
class ImagingScan:
    """The imaging part's hand-over to the clinical part: the DICOM header scan of this run.

    Set by the dicom engine (``validate/dicom/engine.py``) once its scan found DICOM or NIfTI files; read by the
    sql engine, whose linkage rules (clinical patients without images, images without clinical data) and the
    cross-part half of ``minimum.imaging.patient_age.derivable`` need both parts. The orchestrator runs the
    imaging step before the clinical one (``validate/check.py``, ``STEP_ORDER``), so the sql engine sees the
    scan of the same run; ``CheckContext.imaging`` is None when no DICOM tree was scanned (yet).
    """

    #: One row per file, ``dicom.scan.table_schema()``; its PatientID column links images to clinical rows.
    table: pa.Table
    #: The folder (or file) scanned: the table's ``path`` column is relative to it.
    root: Path


@dataclass
class RunState:
    """What the orchestrator records of a run as it goes, for the verdict, the indicators and the report."""

    #: Engines that ran at least one step (a step on an empty part is skipped and does not count).
    engines_ran: set[str] = field(default_factory=set)
    #: ``dataset`` when a dataset directory was checked, ``part`` when one part was checked alone; None until
    #: the steps have run (or for a report built from findings alone).
    scope: Literal["dataset", "part"] | None = None
    #: part (metadata, clinical, imaging) -> (status, detail), status as report.yaml's PartStatus; empty until
    #: the steps have run.
    parts: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: One result per waiver given (applied, unused, unknown_rule or expired); empty without waivers.
    waivers: list[WaiverResult] = field(default_factory=list)
    #: The row-share thresholds in force and how many findings each lowered; empty when none is in force.
    thresholds: list[ThresholdResult] = field(default_factory=list)
    #: The quality step's profile (``profile/quality.py``): measures of the tables and DICOM tree; None when it
    #: did not run or measured nothing. ``build_report`` turns it into the report's ``quality``.
    quality: dict[str, Any] | None = None


@dataclass
class LoadedTables:
    """The clinical step's hand-over to the search step: the DuckDB connection the sql engine loaded the
    clinical files into, kept open until the run ends, so the search readiness check reads the same tables
    instead of loading the files a second time (issue 15: the second load was ~0.9 s at 1.8M rows).

    ``tables`` maps each file's resolved path (``str(path.resolve())``) to its ``LoadedTable``
    (``validate/sql/tabular_input.py``); only files that loaded cleanly are in it. The orchestrator calls
    ``close`` once every step has run.

    With ``--engine spark`` (``dialect`` "spark") ``con`` is the SparkSession and ``tables`` maps how messages
    name each clinical table (file or metastore name) to its ``LoadedTable``, whose relation is a Spark view.
    """

    con: Any
    tables: dict[str, Any]
    close: Callable[[], None]
    dialect: str = "duckdb"


@dataclass
class CheckContext:
    """Everything a run shares between engines."""

    target_tier: int = 1
    #: The directory the user named; findings give file paths relative to it.
    root: Path | None = None
    #: Show progress bars on stderr.
    progress: bool = False
    max_examples: int = MAX_EXAMPLES
    #: Engine options of the run, as the CLI set them.
    options: CheckOptions = field(default_factory=CheckOptions)
    #: One-line notes for the text report ("clinical/: detected CDM tables (5)").
    notes: list[str] = field(default_factory=list)
    #: Facts for the rules that span parts (catalogue record vs CDM tables vs the tier checked).
    facts: RunFacts = field(default_factory=RunFacts)
    #: The DICOM scan, handed from the imaging step to the clinical step (None: no DICOM tree scanned).
    imaging: ImagingScan | None = None
    #: The orchestrator's record of the run (engines that ran, scope, parts, waivers, thresholds).
    run: RunState = field(default_factory=RunState)
    #: Clinical tables loaded by the sql engine this run, for the search step (None: none loaded, or the
    #: engine runs outside the orchestrator and closes its connection itself).
    tables: LoadedTables | None = None
    #: Set by the orchestrator: engines may hand loaded tables over (``tables``) instead of closing them.
    keep_tables: bool = False

    def rel(self, path: Path | str) -> str:
        """``path`` relative to the checked root, as a POSIX string (the form reports use)."""
        p = Path(path)
        if self.root is not None:
            try:
                return p.resolve().relative_to(self.root.resolve()).as_posix()
            except ValueError:
                pass
        return p.as_posix()


class Engine(Protocol):
    """What the orchestrator needs of an engine."""

    name: str

    def rules(self) -> list[Rule]:
        """Every rule this engine can emit (for ``eucaim rules``, SARIF and the docs)."""
        ...

    def detect(self, path: Path) -> bool:
        """True when ``path`` (a file or directory) is input this engine checks."""
        ...

    def check(self, path: Path, ctx: CheckContext) -> list[Finding]:
        """Check ``path``; raise ``InputError`` only when nothing at all could be checked."""
        ...


class Steps:
    """A progress bar's handle: ``step(msg)`` advances by one; ``grow(n)`` adds ``n`` steps to the total."""

    def __init__(self, progress: Any = None, task: Any = None, label: str = "", total: int = 0) -> None:
        self._progress, self._task, self._label, self._total = progress, task, label, total

    def __call__(self, msg: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"{self._label}: {msg}")

    def grow(self, n: int) -> None:
        if self._progress is not None and n:
            self._total += n
            self._progress.update(self._task, total=self._total)


@contextlib.contextmanager
def progress_steps(ctx: CheckContext, label: str, total: int) -> Iterator[Steps]:
    """A transient progress bar on stderr when ``ctx.progress`` (rich), else a handle that does nothing."""
    if not ctx.progress:
        yield Steps()
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as prog:
        yield Steps(prog, prog.add_task(label, total=total), label, total)
