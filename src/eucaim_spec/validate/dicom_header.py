"""A minimal reader of DICOM element headers: the scan's fast path for the common case.

pydicom builds a Dataset of every element, which costs most of a header scan's time. For files with
the DICM preamble in Explicit or Implicit VR Little Endian (nearly all files in practice), this reader
walks the element headers with ``struct``, keeps the raw value of the few tags the scan needs and
the length of every top-level element, and seeks over everything else (sequences are walked item by
item, never decoded). It stops at the pixel data element.

Anything unusual raises ``Fallback`` and the scan reads the file with pydicom instead: big endian,
deflate, a value that is not plain ASCII (a character set is needed), a delimiter out of place, an
undefined length outside a sequence. ``tests/test_dicom_scan.py`` checks that both paths give the
same row for every test file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import IO

UNDEFINED = 0xFFFFFFFF
ITEM, ITEM_END, SEQ_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
PIXEL_TAGS = frozenset({0x7FE00010, 0x7FE00009, 0x7FE00008})
LONG_VRS = frozenset(
    {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
)
IMPLICIT_LE = "1.2.840.10008.1.2"
#: Transfer syntaxes this reader does not handle: big endian and deflate (values are not in place).
NOT_HANDLED = frozenset({"1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"})
MAX_DEPTH = 16
#: Bytes read at a time: most headers fit in one read.
BLOCK = 8192

_LE_TAG = struct.Struct("<HH")
_LE_U32 = struct.Struct("<L")
_LE_U16 = struct.Struct("<H")


class Fallback(Exception):
    """This file needs the full reader (pydicom)."""


class _Truncated(Exception):
    pass


@dataclass
class Header:
    """What the fast reader found."""

    #: Raw value bytes of the wanted top-level tags.
    values: dict[int, bytes] = field(default_factory=dict)
    #: Value length of every top-level element (``UNDEFINED`` for undefined-length sequences).
    lengths: dict[int, int] = field(default_factory=dict)
    media_storage_class: str | None = None
    transfer_syntax: str | None = None
    #: The file ends before an element (or the pixel data) it declares.
    truncated: bool = False
    #: Position of the pixel data element, if the walk reached one.
    pixel_position: int | None = None


def ascii_value(value: bytes) -> str:
    """The value as text, stripped of padding; ``Fallback`` when it needs a character set."""
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        raise Fallback from None
    if "\x1b" in text:  # an ISO 2022 escape: the value needs its character set
        raise Fallback
    return text.strip(" \x00")


class _Buffer:
    """A window on the file: element headers are parsed from memory, values are skipped by seeking."""

    __slots__ = ("buf", "fp", "size", "start")

    def __init__(self, fp: IO[bytes], size: int) -> None:
        self.fp, self.size = fp, size
        self.buf, self.start = b"", 0

    def window(self, off: int, n: int) -> tuple[bytes, int]:
        """Return (buffer, index of ``off`` in it) with at least ``n`` bytes from ``off``."""
        i = off - self.start
        if i < 0 or i + n > len(self.buf):
            if off + n > self.size:
                raise _Truncated
            self.fp.seek(off)
            self.buf, self.start, i = self.fp.read(max(n, BLOCK)), off, 0
            if len(self.buf) < n:
                raise _Truncated
        return self.buf, i


def _element(b: _Buffer, off: int, implicit: bool) -> tuple[int, bytes | None, int, int]:
    """Parse the element header at ``off``: (tag, VR or None, value length, value offset)."""
    buf, i = b.window(off, 8)
    group, elem = _LE_TAG.unpack_from(buf, i)
    if group == 0xFFFE or implicit:
        return group << 16 | elem, None, _LE_U32.unpack_from(buf, i + 4)[0], off + 8
    vr = buf[i + 4 : i + 6]
    if vr in LONG_VRS:
        buf, i = b.window(off, 12)
        return group << 16 | elem, vr, _LE_U32.unpack_from(buf, i + 8)[0], off + 12
    if not (65 <= vr[0] <= 90 and 65 <= vr[1] <= 90):
        raise Fallback
    return group << 16 | elem, vr, _LE_U16.unpack_from(buf, i + 6)[0], off + 8


def _skip_sequence(b: _Buffer, off: int, implicit: bool, depth: int) -> int:
    """Skip an undefined-length sequence whose value starts at ``off``; return the offset after it."""
    if depth > MAX_DEPTH:
        raise Fallback
    while True:
        tag, _vr, length, off = _element(b, off, True)  # item tags carry no VR in any syntax
        if tag == SEQ_END:
            return off
        if tag != ITEM:
            raise Fallback
        if length == UNDEFINED:
            off = _skip_item(b, off, implicit, depth)
        else:
            off += length
            if off > b.size:
                raise _Truncated


def _skip_item(b: _Buffer, off: int, implicit: bool, depth: int) -> int:
    """Skip an undefined-length item's dataset, delimiter included; return the offset after it."""
    while True:
        tag, vr, length, off = _element(b, off, implicit)
        if tag == ITEM_END:
            return off
        if tag >> 16 == 0xFFFE:
            raise Fallback
        if length == UNDEFINED:
            if implicit or vr == b"SQ":
                off = _skip_sequence(b, off, implicit, depth + 1)
            else:
                raise Fallback
        else:
            off += length
            if off > b.size:
                raise _Truncated


def read_header(fp: IO[bytes], size: int, wanted: frozenset[int]) -> Header:
    """Walk the header of a file with the DICM preamble (any position of ``fp``).

    Raises ``Fallback`` when the file needs pydicom. Stops at the pixel data element (not read).
    """
    out = Header()
    b = _Buffer(fp, size)
    off = 132
    # File meta information: always Explicit VR Little Endian.
    try:
        while True:
            buf, i = b.window(off, 8)
            if _LE_TAG.unpack_from(buf, i)[0] != 0x0002:
                break
            tag, _vr, length, voff = _element(b, off, False)
            if length == UNDEFINED:
                raise Fallback
            if tag in (0x00020002, 0x00020010):
                buf, i = b.window(voff, length)
                text = ascii_value(buf[i : i + length])
                if tag == 0x00020002:
                    out.media_storage_class = text
                else:
                    out.transfer_syntax = text
            off = voff + length
    except _Truncated:
        raise Fallback from None
    ts = out.transfer_syntax
    if not ts or ts in NOT_HANDLED:
        raise Fallback
    implicit = ts == IMPLICIT_LE
    lengths, values = out.lengths, out.values
    try:
        while off < size:
            # The common case inline (the header lies in the buffer): this loop is the scan's hot path.
            buf, i = b.buf, off - b.start
            if i < 0 or i + 12 > len(buf):
                tag, vr, length, voff = _element(b, off, implicit)
            else:
                group, elem = _LE_TAG.unpack_from(buf, i)
                tag = group << 16 | elem
                if implicit or group == 0xFFFE:
                    vr, length, voff = None, _LE_U32.unpack_from(buf, i + 4)[0], off + 8
                else:
                    vr = buf[i + 4 : i + 6]
                    if vr in LONG_VRS:
                        length, voff = _LE_U32.unpack_from(buf, i + 8)[0], off + 12
                    elif 65 <= vr[0] <= 90 and 65 <= vr[1] <= 90:
                        length, voff = _LE_U16.unpack_from(buf, i + 6)[0], off + 8
                    else:
                        raise Fallback
            if tag in PIXEL_TAGS:
                out.pixel_position = off
                break
            if tag >> 16 == 0xFFFE:
                raise Fallback
            lengths[tag] = length
            if length == UNDEFINED:
                if implicit or vr == b"SQ":
                    off = _skip_sequence(b, voff, implicit, 1)
                else:
                    raise Fallback
                continue
            if tag in wanted:
                j = voff - b.start
                if j < 0 or j + length > len(b.buf):
                    buf, j = b.window(voff, length)
                else:
                    buf = b.buf
                values[tag] = buf[j : j + length]
            off = voff + length
            if off > size:
                raise _Truncated
    except _Truncated:
        out.truncated = True
    return out
