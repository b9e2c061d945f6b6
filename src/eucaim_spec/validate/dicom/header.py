"""A minimal reader of DICOM element headers: the scan's fast path for the common case.

pydicom builds a Dataset of every element, which costs most of a header scan's time. For files with
the DICM preamble in Explicit or Implicit VR Little Endian (nearly all files in practice), this reader
walks the element headers with ``struct``, keeps the raw value of the few tags the scan needs and
the length of every top-level element, and seeks over everything else. Sequences are walked item by
item (never decoded): inside them it notes where the first watched tag with a value and the first
private tag sit, as a path of (sequence tag, item number) steps. For the tags whose values are judged
(de-identification: is it a dummy?) it keeps every occurrence with a value inside sequences, with its
raw bytes when they are short (the caller judges them in memory and keeps no value). It stops at the pixel
data element.

Which elements are sequences: VR SQ (explicit VR); in Implicit VR, an undefined length, or a defined
length whose value starts with an item tag, unless the element is private (pydicom, without a private
dictionary entry, reads those as UN: ``dicom_scan`` treats them the same way on its pydicom path).

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
ITEM_BYTES = b"\xfe\xff\x00\xe0"  # the item tag (FFFE,E000), little endian
PIXEL_TAGS = frozenset({0x7FE00010, 0x7FE00009, 0x7FE00008})
LONG_VRS = frozenset(
    {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
)
IMPLICIT_LE = "1.2.840.10008.1.2"
#: Transfer syntaxes this reader does not handle: big endian and deflate (values are not in place).
NOT_HANDLED = frozenset({"1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"})
MAX_DEPTH = 16
#: Judged values longer than this are not read (``Header.judged`` holds None): no dummy is that long.
MAX_JUDGED = 1024
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
    #: Value length of every top-level element (``UNDEFINED`` for an undefined-length sequence with
    #: items, 0 for one without).
    lengths: dict[int, int] = field(default_factory=dict)
    #: Watched tag -> where it first carries a value inside a sequence: (sequence tag, item number, ...),
    #: item numbers from 1.
    nested: dict[int, tuple[int, ...]] = field(default_factory=dict)
    #: The first private tag inside a sequence, as (sequence tag, item number, ..., private tag).
    nested_private: tuple[int, ...] | None = None
    #: Every occurrence with a value of a judged tag inside a sequence, in the order of the file: (tag, path,
    #: raw value), the value None for a sequence with items or a value longer than ``MAX_JUDGED``. (At the
    #: top level, pass the judged tags in ``wanted``: their values are in ``values``, their lengths in
    #: ``lengths``.)
    judged: list[tuple[int, tuple[int, ...], bytes | None]] = field(default_factory=list)
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


class _Watch:
    """What a sequence walk looks for, and what it found."""

    __slots__ = ("groups", "judge", "judged", "nested", "private", "tags")

    def __init__(self, tags: frozenset[int], groups: frozenset[int], judge: frozenset[int]) -> None:
        self.tags, self.groups, self.judge = tags, groups, judge
        self.nested: dict[int, tuple[int, ...]] = {}
        self.private: tuple[int, ...] | None = None
        self.judged: list[tuple[int, tuple[int, ...], bytes | None]] = []


def _starts_with_item(b: _Buffer, off: int) -> bool:
    buf, i = b.window(off, 4)
    return buf[i : i + 4] == ITEM_BYTES


def _sequence(
    b: _Buffer, off: int, end: int | None, implicit: bool, depth: int, path: tuple[int, ...], w: _Watch
) -> tuple[int, int]:
    """Walk the sequence whose value starts at ``off`` (``end``: where a defined-length value ends).

    ``path`` ends with the sequence's tag. Return (offset after the sequence, number of items).
    """
    if depth > MAX_DEPTH:
        raise Fallback
    items = 0
    while True:
        if end is not None and off >= end:
            if off != end:
                raise Fallback
            return off, items
        tag, _vr, length, off = _element(b, off, True)  # item tags carry no VR in any syntax
        if tag == SEQ_END:
            if end is not None:
                raise Fallback
            return off, items
        if tag != ITEM:
            raise Fallback
        items += 1
        # A truncated item is walked as far as the file goes (as pydicom parses what there is).
        item_end = None if length == UNDEFINED else off + length
        off = _item(b, off, item_end, implicit, depth, (*path, items), w)


def _item(b: _Buffer, off: int, end: int | None, implicit: bool, depth: int, path: tuple[int, ...], w: _Watch) -> int:
    """Walk an item's dataset (``end``: where a defined-length item ends); return the offset after it."""
    while True:
        if end is not None and off >= end:
            if off != end:
                raise Fallback
            return off
        tag, vr, length, off = _element(b, off, implicit)
        if tag == ITEM_END:
            if end is not None:
                raise Fallback
            return off
        group = tag >> 16
        if group == 0xFFFE:
            raise Fallback
        # Whether it is a sequence, and whether it has a value (a sequence: an item), before walking it:
        # the walk is depth first, each element noted before the elements of its items.
        if length == UNDEFINED:
            if not (implicit or vr == b"SQ"):
                raise Fallback
            sequence, present = True, _starts_with_item(b, off)
        elif length >= 8 and (vr == b"SQ" or implicit and not group & 1 and _starts_with_item(b, off)):
            sequence = present = True
        else:
            sequence, present = False, length > 0
        if group & 1 and 0x0008 < group < 0xFFFF:
            if w.private is None:
                w.private = (*path, tag)
        elif present and tag in w.judge:
            w.judged.append((tag, path, None if sequence else _value(b, off, length)))
        elif present and (tag in w.tags or group in w.groups) and tag not in w.nested:
            w.nested[tag] = path
        if sequence:
            end_of = None if length == UNDEFINED else off + length
            off = _sequence(b, off, end_of, implicit, depth + 1, (*path, tag), w)[0]
        else:
            off += length
            if off > b.size:
                raise _Truncated


def _value(b: _Buffer, off: int, length: int) -> bytes | None:
    """The raw value at ``off`` when at most ``MAX_JUDGED`` bytes long, else None (not read).

    A value the file cuts short is what there is of it, as pydicom reads it (the caller then sees the
    truncation when it moves past the value).
    """
    if length > MAX_JUDGED:
        return None
    length = min(length, b.size - off)
    if length <= 0:
        return b""
    buf, i = b.window(off, length)
    return bytes(buf[i : i + length])


def read_header(
    fp: IO[bytes],
    size: int,
    wanted: frozenset[int],
    watch: frozenset[int] = frozenset(),
    watch_groups: frozenset[int] = frozenset(),
    judge: frozenset[int] = frozenset(),
) -> Header:
    """Walk the header of a file with the DICM preamble (any position of ``fp``).

    ``wanted``: top-level tags whose raw value to keep. ``watch`` and ``watch_groups``: tags, and
    groups of tags, whose first occurrence with a value inside a sequence to note (``Header.nested``).
    ``judge``: tags whose every occurrence with a value inside a sequence to keep (``Header.judged``).
    Raises ``Fallback`` when the file needs pydicom. Stops at the pixel data element (not read).
    """
    out = Header()
    w = _Watch(watch, watch_groups, judge)
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
            sq = False  # VR SQ (explicit VR); Implicit VR sequences are recognised below
            if i < 0 or i + 12 > len(buf):
                tag, vr, length, voff = _element(b, off, implicit)
                sq = vr == b"SQ"
            else:
                group, elem = _LE_TAG.unpack_from(buf, i)
                tag = group << 16 | elem
                if implicit or group == 0xFFFE:
                    vr, length, voff = None, _LE_U32.unpack_from(buf, i + 4)[0], off + 8
                else:
                    vr = buf[i + 4 : i + 6]
                    if vr in LONG_VRS:
                        length, voff = _LE_U32.unpack_from(buf, i + 8)[0], off + 12
                        sq = vr == b"SQ"
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
                if implicit or sq:
                    off, items = _sequence(b, voff, None, implicit, 1, (tag,), w)
                    if not items:
                        lengths[tag] = 0
                else:
                    raise Fallback
                continue
            if sq and length or implicit and length >= 8 and not tag & 0x10000 and _starts_with_item(b, voff):
                off = _sequence(b, voff, voff + length, implicit, 1, (tag,), w)[0]
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
    out.nested, out.nested_private, out.judged = w.nested, w.private, w.judged
    return out
