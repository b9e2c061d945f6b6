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

import os
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


def _ascii(value: bytes) -> str:
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        raise Fallback from None
    if "\x1b" in text:  # an ISO 2022 escape: the value needs its character set
        raise Fallback
    return text.strip(" \x00")


def _element(fp: IO[bytes], implicit: bool) -> tuple[int, bytes | None, int] | None:
    """Read one element header; return (tag, VR or None, length), None at a clean end of file."""
    head = fp.read(8)
    if not head:
        return None
    if len(head) < 8:
        raise _Truncated
    group, elem = _LE_TAG.unpack_from(head)
    tag = group << 16 | elem
    if group == 0xFFFE or implicit:
        return tag, None, _LE_U32.unpack_from(head, 4)[0]
    vr = head[4:6]
    if not (65 <= vr[0] <= 90 and 65 <= vr[1] <= 90):
        raise Fallback
    if vr in LONG_VRS:
        extra = fp.read(4)
        if len(extra) < 4:
            raise _Truncated
        return tag, vr, _LE_U32.unpack(extra)[0]
    return tag, vr, _LE_U16.unpack_from(head, 6)[0]


def _skip(fp: IO[bytes], length: int, size: int) -> None:
    if fp.tell() + length > size:
        raise _Truncated
    fp.seek(length, os.SEEK_CUR)


def _skip_sequence(fp: IO[bytes], implicit: bool, size: int, depth: int) -> None:
    """Skip an undefined-length sequence, positioned after its header."""
    if depth > MAX_DEPTH:
        raise Fallback
    while True:
        el = _element(fp, True)  # item tags carry no VR in any transfer syntax
        if el is None:
            raise _Truncated
        tag, _vr, length = el
        if tag == SEQ_END:
            return
        if tag != ITEM:
            raise Fallback
        if length == UNDEFINED:
            _skip_item(fp, implicit, size, depth)
        else:
            _skip(fp, length, size)


def _skip_item(fp: IO[bytes], implicit: bool, size: int, depth: int) -> None:
    """Skip an undefined-length item's dataset, up to and including its delimiter."""
    while True:
        el = _element(fp, implicit)
        if el is None:
            raise _Truncated
        tag, vr, length = el
        if tag == ITEM_END:
            return
        if tag >> 16 == 0xFFFE:
            raise Fallback
        if length == UNDEFINED:
            if implicit or vr == b"SQ":
                _skip_sequence(fp, implicit, size, depth + 1)
            else:
                raise Fallback
        else:
            _skip(fp, length, size)


def read_header(fp: IO[bytes], size: int, wanted: frozenset[int]) -> Header:
    """Walk the header of a file with the DICM preamble; ``fp`` is positioned at offset 132.

    Raises ``Fallback`` when the file needs pydicom. Stops at the pixel data element (not read).
    """
    out = Header()
    # File meta information: always Explicit VR Little Endian.
    while True:
        start = fp.tell()
        head = fp.read(8)
        if len(head) < 8:
            raise Fallback
        group, elem = _LE_TAG.unpack_from(head)
        if group != 0x0002:
            fp.seek(start)
            break
        fp.seek(start)
        el = _element(fp, False)
        if el is None:
            raise Fallback
        tag, _vr, length = el
        if length == UNDEFINED:
            raise Fallback
        if tag in (0x00020002, 0x00020010):
            text = _ascii(fp.read(length))
            if tag == 0x00020002:
                out.media_storage_class = text
            else:
                out.transfer_syntax = text
        else:
            fp.seek(length, os.SEEK_CUR)
    ts = out.transfer_syntax
    if not ts or ts in NOT_HANDLED:
        raise Fallback
    implicit = ts == IMPLICIT_LE
    try:
        while True:
            pos = fp.tell()
            el = _element(fp, implicit)
            if el is None:
                break
            tag, vr, length = el
            if tag in PIXEL_TAGS:
                fp.seek(pos)
                out.pixel_position = pos
                break
            if tag >> 16 == 0xFFFE:
                raise Fallback
            out.lengths[tag] = length
            if length == UNDEFINED:
                if implicit or vr == b"SQ":
                    _skip_sequence(fp, implicit, size, 1)
                else:
                    raise Fallback
            elif tag in wanted:
                if fp.tell() + length > size:
                    raise _Truncated
                out.values[tag] = fp.read(length)
            else:
                _skip(fp, length, size)
    except _Truncated:
        out.truncated = True
    return out
