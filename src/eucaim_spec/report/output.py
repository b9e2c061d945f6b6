"""Where a report goes with ``-o FILE``: checked before the check runs, written atomically, never onto an input.

A report written over an input would destroy the data it describes, and a report half written by an
interrupted run looks like a complete one; so the output path is refused when it resolves (through
symbolic or hard links) to an input, its folder must accept a file before the check starts, and the
report is written to a temporary file beside it that is renamed into place only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from eucaim_spec.errors import EucaimError, ExitCode


class OutputError(EucaimError):
    """The report cannot go where ``-o`` says. Before the check: a usage error; after: environment (4)."""

    def __init__(self, path: Path | str, reason: str, exit_code: ExitCode = ExitCode.USAGE) -> None:
        self.exit_code = exit_code
        super().__init__(f"{_shown(path)}: {reason}")


def _shown(path: Path | str) -> str:
    """A path for a message: control characters escaped (the name is the user's, the terminal is theirs)."""
    text = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
                   for c in text.encode("utf-8", "backslashreplace").decode("utf-8"))


class ReportOutput:
    """A report file being prepared: ``ReportOutput(path, inputs)`` checks and reserves, ``write`` commits.

    The temporary file is created in the target folder at once, which proves the folder exists and is
    writable before any checking time is spent; ``discard`` (or a failed ``write``) removes it.
    """

    def __init__(self, path: Path, inputs: Iterable[Path | str]) -> None:
        self.path = Path(path)
        self._refuse_inputs(inputs)
        folder = self.path.parent
        real_folder = Path(os.path.realpath(folder))
        if not real_folder.is_dir():
            raise OutputError(self.path, "the folder of the report does not exist")
        if self.path.exists() and not self.path.is_file() and not self.path.is_symlink():
            raise OutputError(self.path, "exists and is not a regular file")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name[:80]}.", suffix=".eucaim-tmp", dir=real_folder)
        except OSError as exc:
            raise OutputError(self.path, f"cannot write a report there: {exc.strerror or exc}") from None
        os.close(fd)
        self._tmp: Path | None = Path(tmp)

    def _refuse_inputs(self, inputs: Iterable[Path | str]) -> None:
        out_real = Path(os.path.realpath(self.path))
        out_stat = _stat(out_real)
        for item in inputs:
            if item is None or str(item) == "" or str(item).startswith(("http://", "https://")):
                continue
            real = Path(os.path.realpath(item))
            if out_real == real or (out_stat is not None and _same(out_stat, _stat(real))):
                raise OutputError(self.path, "is an input of the check (the report would overwrite it)")
            if real.is_dir():
                # Inside the checked folder the report (and its temporary file, present during the check)
                # would be read as input, or overwrite one.
                if real in out_real.parents:
                    raise OutputError(self.path, "is inside the checked folder (the report would become input)")
                if out_stat is not None and out_stat.st_nlink > 1 and _linked_inside(real, out_stat):
                    raise OutputError(self.path, "is a hard link to a file inside the checked folder")

    def write(self, text: str | bytes) -> None:
        """Write ``text`` (str as UTF-8, or bytes as they are) to the temporary file and rename it onto the
        report path."""
        assert self._tmp is not None, "write() after write() or discard()"
        tmp = self._tmp
        try:
            with open(tmp, "wb") as fh:
                fh.write(text.encode("utf-8") if isinstance(text, str) else text)
                fh.flush()
                os.fsync(fh.fileno())
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)  # mkstemp's 0600 is for the reservation, not the report
            os.replace(tmp, os.path.realpath(self.path))
        except OSError as exc:
            self.discard()
            raise OutputError(self.path, f"the report could not be written: {exc.strerror or exc}",
                              ExitCode.SPEC) from None
        self._tmp = None

    def discard(self) -> None:
        """Remove the temporary file (an interrupted or failed run leaves no partial report)."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _same(a: os.stat_result, b: os.stat_result | None) -> bool:
    return b is not None and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _linked_inside(root: Path, target: os.stat_result) -> bool:
    """True when a file under ``root`` has ``target``'s inode (scandir gives inodes without a stat call)."""
    stack = [root]
    seen: set[tuple[int, int]] = set()
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for entry in it:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            st = entry.stat(follow_symlinks=False)
                            key = (st.st_dev, st.st_ino)
                            if key not in seen:
                                seen.add(key)
                                stack.append(Path(entry.path))
                        elif entry.inode() == target.st_ino and _same(target, _stat(Path(entry.path))):
                            return True
                    except OSError:
                        continue
        except OSError:
            continue
    return False
