"""Resource limits of a check run: sizes as the CLI accepts them, and the memory ceiling.

The limits themselves live with the readers that enforce them (``rdf_input``: size, HTTP time, JSON-LD
nesting; ``tabular_input``: XLSX inflated size and ratio, JSON size and nesting). This module parses
``--max-bytes 512M`` style values and sets the process-wide memory ceiling that backs them all: a parser
that would grow past it gets a MemoryError (Python) instead of exhausting the machine.
"""

from __future__ import annotations

import re

from eucaim_spec.errors import InputError

#: Default ceiling of the process's data segment (heap and anonymous mappings), ``--max-memory``. The
#: largest benchmarked run (10,000 catalogue records) peaks at ~630 MB, a 1M-row table at DuckDB's 2 GB.
DEFAULT_MAX_MEMORY = 6 * 1024**3

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_size(text: str) -> int:
    """Bytes from ``"512M"``, ``"2GB"``, ``"1048576"`` (binary units); ``ValueError`` when unreadable."""
    m = _SIZE.match(text)
    if m is None or m.group(2).lower() not in _UNITS:
        raise ValueError(f"{text!r} is not a size (e.g. 1048576, 512M, 2G)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def human(n: int) -> str:
    """``n`` bytes in binary units, as the options accept them."""
    for unit, size in (("G", 1024**3), ("M", 1024**2), ("K", 1024)):
        if n >= size and n % size == 0:
            return f"{n // size}{unit}"
    return str(n)


def set_memory_ceiling(limit: int) -> tuple[int, int] | None:
    """Let the data segment of this process (and of worker processes it starts) grow by at most ``limit`` bytes
    from what it holds now.

    RLIMIT_DATA counts heap and private writable mappings, the memory parsers grow, but not reserved
    address space (thread stacks), so a sane ceiling does not break normal runs as RLIMIT_AS does. It does
    count what earlier work in the same process mapped and kept (DuckDB keeps gigabytes of mappings after a
    10,000-column table): the ceiling is therefore the run's growth on top of the current data segment, so a
    long-lived process (the service, the test suite) gets the same allowance as a fresh ``eucaim check``. 0
    leaves the limit alone; a lower hard limit wins. Returns the limits it replaced, for
    ``restore_memory_ceiling`` (a run in-process must not keep the cap).
    """
    if limit <= 0:
        return None
    try:
        import resource
    except ImportError:  # not on POSIX: the per-input limits still apply
        return None
    limit += _data_segment()
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft < limit:
        return None  # a stricter ceiling is already set (by the user's shell or a caller): keep it
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    return soft, hard


def _data_segment() -> int:
    """The process's current data segment in bytes (VmData; 0 where /proc does not tell)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def restore_memory_ceiling(previous: tuple[int, int] | None) -> None:
    """Put back the limits ``set_memory_ceiling`` replaced."""
    if previous is None:
        return
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, previous)


def out_of_memory(target: str, limit: int) -> InputError:
    """The one-line error when an input needed more memory than the ceiling."""
    return InputError(
        target,
        f"reading the input needed more than the memory ceiling of {human(limit)}; "
        "raise it with --max-memory or split the input",
    )
