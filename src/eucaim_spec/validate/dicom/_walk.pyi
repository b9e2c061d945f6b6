"""The compiled DICOM header walk (``_walk.c``): types for mypy."""

from collections.abc import Callable, Iterable
from typing import Any

NO_PREAMBLE: int
FALLBACK: int
DICOMDIR: int
MAX_DEPTH: int
MAX_JUDGED: int
BLOCK: int

def configure(
    strings: tuple[int, ...],
    wanted: tuple[int, ...],
    found: Iterable[int],
    judged: Iterable[int],
    watch: Iterable[int],
    watch_groups: Iterable[int],
    private_lo: int,
    private_hi: int,
    mask_lo: int,
    mask_hi: int,
    deid_tag: int,
    dicomdir_class: str,
    /,
) -> None: ...
def scan(path: str, size: int, /) -> Any: ...
def configure_columns(template: tuple[Any, ...], sop_index: int, modality_index: int, seg_class: str, /) -> None: ...
def scan_columns(
    root: str, items: list[tuple[str, int]], columns: list[list[Any]], fallback: Callable[[str, int, Any], list[Any]], /
) -> None: ...
