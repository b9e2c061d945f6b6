"""Errors that end a run with a documented exit code and a one-line message (no traceback)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``eucaim`` command (docs/design.md)."""

    CONFORMS = 0
    FINDINGS = 1
    USAGE = 2
    INPUT = 3
    SPEC = 4


class EucaimError(Exception):
    """Base of errors the CLI reports as one line."""

    exit_code: ExitCode = ExitCode.SPEC

    def one_line(self) -> str:
        """The message on one line, control characters (from file names, URLs) shown as ``\\xNN``."""
        text = " ".join(str(self).split())
        if text.isprintable():
            return text
        return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
                       for c in text.encode("utf-8", "backslashreplace").decode("utf-8"))


class InputError(EucaimError):
    """An input could not be read or parsed. ``where`` is a line/row/offset description."""

    exit_code = ExitCode.INPUT

    def __init__(self, file: str, reason: str, where: str | None = None) -> None:
        self.file = file
        self.where = where
        self.reason = reason
        place = f"{file}:{where}" if where else file
        super().__init__(f"{place}: {reason}")


class SpecError(EucaimError):
    """A schema, shape, suite or configuration is wrong (exit 4)."""

    exit_code = ExitCode.SPEC

    def __init__(self, file: str, reason: str, element: str | None = None) -> None:
        self.file = file
        self.element = element
        self.reason = reason
        place = f"{file} [{element}]" if element else file
        super().__init__(f"{place}: {reason}")
