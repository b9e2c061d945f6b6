"""Read one side of a diff: a git ref of the repository, a checkout root, or a folder laid out like schemas/.

A git ref is materialised with ``git archive`` (schemas/, shapes/, validators/ only) into a temporary folder,
so the working tree and the index are never touched.
"""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eucaim_spec import vocab
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.release.model import SideModel, schema_view
from eucaim_spec.release.suites import add_shapes, add_validators

if TYPE_CHECKING:
    from eucaim_spec.vocab import HyperOntology

SPEC_FOLDERS = ("schemas", "shapes", "validators")


@dataclass
class SideRoot:
    label: str
    schemas: Path
    shapes: Path | None
    validators: Path | None


def git_repo_root(start: Path) -> Path | None:
    try:
        out = subprocess.run(["git", "-C", str(start), "rev-parse", "--show-toplevel"], capture_output=True,
                             text=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


def _layout(folder: Path, label: str) -> SideRoot | None:
    if (folder / "schemas").is_dir():
        return SideRoot(label, folder / "schemas", folder / "shapes", folder / "validators")
    if any((sub / f"{sub.name}.yaml").is_file() for sub in folder.iterdir() if sub.is_dir()):
        return SideRoot(label, folder, None, None)
    return None


@contextmanager
def open_side(spec: str, repo: Path | None) -> Iterator[SideRoot]:
    """Yield the folders of side ``spec``; temporary folders of a git ref are removed afterwards."""
    path = Path(spec)
    if path.is_dir():
        root = _layout(path.resolve(), spec)
        if root is None:
            raise InputError(spec, "neither a checkout root (schemas/) nor a schemas-like folder (<std>/<std>.yaml)")
        yield root
        return
    if repo is None:
        raise InputError(spec, "not a folder, and no git repository to resolve it as a ref")
    commit = _rev_parse(repo, spec)
    with tempfile.TemporaryDirectory(prefix="eucaim-side-") as tmp:
        _archive(repo, commit, Path(tmp))
        root = _layout(Path(tmp), spec)
        if root is None:
            raise InputError(spec, f"git ref {spec} has no schemas/ folder")
        yield root


def _rev_parse(repo: Path, ref: str) -> str:
    out = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                         capture_output=True, text=True, check=False, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise InputError(ref, "not a folder and not a git ref of this repository")
    return out.stdout.strip()


def _archive(repo: Path, commit: str, dest: Path) -> None:
    listed = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", commit], capture_output=True,
                            text=True, check=True, timeout=60).stdout.split()
    present = [f for f in SPEC_FOLDERS if f in listed]
    if not present:
        return
    tar_path = dest / ".side.tar"
    with open(tar_path, "wb") as fh:
        subprocess.run(["git", "-C", str(repo), "archive", "--format=tar", commit, "--", *present], stdout=fh,
                       check=True, timeout=300)
    with tarfile.open(tar_path) as tar:
        tar.extractall(dest, filter="data")
    tar_path.unlink()


def side_ontology(root: SideRoot) -> HyperOntology:
    """The hyper-ontology of that side (its schemas/vocab), else the packaged one."""
    vdir = root.schemas / "vocab"
    if (vdir / "hyperontology.tsv").is_file():
        try:
            return vocab.from_data(vocab.read_sources(vdir))
        except (ValueError, KeyError, OSError) as exc:
            raise SpecError(str(vdir), f"vocabulary of side {root.label} unreadable: {exc}") from exc
    return vocab.load()


def build_side(root: SideRoot, standards: tuple[str, ...] | None = None) -> SideModel:
    """The element view of every standard of ``root`` (or of ``standards`` only), with suites and shapes."""
    side = SideModel(root.label)
    onto = None
    for sub in sorted(p for p in root.schemas.iterdir() if p.is_dir()):
        main = sub / f"{sub.name}.yaml"
        if not main.is_file() or (standards and sub.name not in standards):
            continue
        if onto is None:
            onto = side_ontology(root)
        side.standards[sub.name] = schema_view(main, sub.name, onto)
    if root.validators is not None and root.validators.is_dir():
        add_validators(side, root.validators)
    if root.shapes is not None:
        add_shapes(side, root.shapes)
    if standards:
        side.standards = {k: v for k, v in side.standards.items() if k in standards}
    return side
