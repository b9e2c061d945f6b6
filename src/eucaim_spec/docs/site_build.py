"""Build the site: hand-written pages (site/) plus generated pages into a temporary docs dir, then
``mkdocs build --strict`` (mkdocs-material) into the output folder.

The generated pages are never written into site/ (the docs SOURCE) nor committed; a broken link, a missing
anchor or any other mkdocs warning fails the build.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec.docs import pages as generated
from eucaim_spec.docs.mermaid import SITE_PATH, mermaid_js
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import repo_root

CLI_PAGE = """# Command-line reference

Generated from the click commands of `eucaim`.

::: mkdocs-click
    :module: eucaim_spec.docs.cli_reference
    :command: cli
    :prog_name: eucaim
    :depth: 1
    :style: table
"""


@dataclass
class BuildResult:
    out_dir: Path
    pages: int
    seconds: float
    warnings: list[str] = field(default_factory=list)


def _checkout() -> Path:
    root = repo_root()
    if root is None or not (root / "mkdocs.yml").is_file() or not (root / "site").is_dir():
        raise SpecError("mkdocs.yml", "the site is built from a checkout (mkdocs.yml and site/ beside pyproject.toml)")
    return root


def _title(md: Path) -> str:
    for line in md.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return md.stem


def write_sources(docs_dir: Path) -> list[Any]:
    """Copy site/ into ``docs_dir``, add every generated page; return the navigation."""
    root = _checkout()
    shutil.copytree(root / "site", docs_dir, dirs_exist_ok=True)
    pages, nav = generated.all_pages()
    for rel, text in pages.items():
        target = docs_dir / rel
        if target.exists():
            raise SpecError(f"site/{rel}", "a hand-written page has the path of a generated one")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (docs_dir / "cli.md").write_text(CLI_PAGE, encoding="utf-8")
    hand = sorted(p.relative_to(root / "site").as_posix() for p in (root / "site").rglob("*.md"))
    hand = [h for h in hand if h != "index.md"]
    full_nav: list[Any] = [{"Home": "index.md"}, *nav]
    full_nav += [{_title(docs_dir / h): h} for h in hand]
    full_nav.append({"CLI reference": "cli.md"})
    full_nav += _changelogs(root, docs_dir)
    return full_nav


def _changelogs(root: Path, docs_dir: Path) -> list[Any]:
    """The project changelog and each standard's (schemas/<standard>/CHANGELOG.md), when present."""
    entries: list[Any] = []
    if (root / "CHANGELOG.md").is_file():
        (docs_dir / "changelog").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / "CHANGELOG.md", docs_dir / "changelog" / "index.md")
        entries.append({"Project": "changelog/index.md"})
    for f in sorted((root / "schemas").glob("*/CHANGELOG.md")):
        target = docs_dir / "changelog" / f"{f.parent.name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
        entries.append({f.parent.name: f"changelog/{f.parent.name}.md"})
    return [{"Changelog": entries}] if entries else []


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


def build_site(out_dir: Path, site_url: str | None = None, keep_sources: Path | None = None) -> BuildResult:
    """Generate the pages and run ``mkdocs build --strict`` into ``out_dir`` (its contents are replaced).

    ``keep_sources``: write the generated docs dir there (for inspection) instead of a temporary folder.
    """
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import Abort, MkDocsException
    except ImportError as exc:  # the site is a maintainer's task: its tools are an extra, not a dependency
        raise SpecError("pyproject.toml", "mkdocs is not installed: install the docs extra "
                        "(pip install 'eucaim-spec[docs]')") from exc

    start = time.monotonic()
    root = _checkout()
    with tempfile.TemporaryDirectory(prefix="eucaim-site-") as tmp:
        docs_dir = keep_sources or Path(tmp) / "docs"
        if keep_sources is not None and keep_sources.exists():
            shutil.rmtree(keep_sources)
        nav = write_sources(docs_dir)
        # the entity diagram renders offline: material uses a mermaid the page defines instead of its CDN's
        (docs_dir / SITE_PATH).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mermaid_js(root), docs_dir / SITE_PATH)
        overrides: dict[str, Any] = {"docs_dir": str(docs_dir), "site_dir": str(out_dir.resolve()),
                                     "strict": True, "nav": nav, "extra_javascript": [SITE_PATH]}
        if site_url:
            overrides["site_url"] = site_url
        collect = _Collect()
        log = logging.getLogger("mkdocs")
        log.addHandler(collect)
        try:
            cfg = load_config(config_file=str(root / "mkdocs.yml"), **overrides)
            build(cfg)
        except (Abort, MkDocsException) as exc:
            first = "; ".join(collect.messages[:3])
            raise SpecError("mkdocs.yml", f"mkdocs build --strict failed: {exc}" + (f" ({first})" if first else "")
                            ) from exc
        finally:
            log.removeHandler(collect)
        pages = sum(1 for _ in docs_dir.rglob("*.md"))
    return BuildResult(out_dir, pages, time.monotonic() - start, collect.messages)
