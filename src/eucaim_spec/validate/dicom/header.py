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
dictionary entry, reads those as UN: ``scan`` treats them the same way on its pydicom path).

Anything unusual raises ``Fallback`` and the scan reads the file with pydicom instead: big endian,
deflate, a value that is not plain ASCII (a character set is needed), a delimiter out of place, an
undefined length outside a sequence. ``tests/test_dicom_scan.py`` checks that both paths give the
same row for every test file.

This module also owns the constants of the DICOM file format the package uses (the preamble, tags, transfer
syntaxes, SOP classes) and the cheap tests of a file's kind (``has_preamble``, ``looks_like_dicom``,
``is_nifti``) that ``engine.detect`` and the scan share.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import IO

#: A DICOM file: a 128-byte preamble, then ``MAGIC``; the file meta information starts at ``HEAD_SIZE``.
PREAMBLE_SIZE = 128
MAGIC = b"DICM"
HEAD_SIZE = PREAMBLE_SIZE + len(MAGIC)

#: The value length of a sequence or item whose end is marked by a delimiter.
UNDEFINED = 0xFFFFFFFF
ITEM, ITEM_END, SEQ_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
ITEM_BYTES = b"\xfe\xff\x00\xe0"  # the item tag (FFFE,E000), little endian
#: Pixel Data, Double and Float Pixel Data: where a header ends.
PIXEL_TAGS = frozenset({0x7FE00010, 0x7FE00009, 0x7FE00008})
#: Explicit VRs with a 4-byte value length (after two reserved bytes).
LONG_VRS = frozenset(
    {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
)

#: Tags the package reads by number.
MEDIA_STORAGE_SOP_CLASS = 0x00020002
TRANSFER_SYNTAX = 0x00020010
PATIENT_ID = 0x00100020
INSTANCE_NUMBER = 0x00200013
DEID_METHOD_CODE_SEQUENCE = 0x00120064

IMPLICIT_LE = "1.2.840.10008.1.2"
EXPLICIT_BE = "1.2.840.10008.1.2.2"
DEFLATED_LE = "1.2.840.10008.1.2.1.99"
#: Transfer syntaxes this reader does not handle: big endian and deflate (values are not in place).
NOT_HANDLED = frozenset({EXPLICIT_BE, DEFLATED_LE})

#: SOP classes: Segmentation Storage, and the Media Storage Directory (a DICOMDIR index).
SEG_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.66.4"
DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10"

MAX_DEPTH = 16
#: Judged values longer than this are not read (``Header.judged`` holds None): no dummy is that long.
MAX_JUDGED = 1024
#: Bytes read at a time: most headers fit in one read.
BLOCK = 8192

_LE_TAG = struct.Struct("<HH")
_LE_U32 = struct.Struct("<L")
_LE_U16 = struct.Struct("<H")
#: An element header in one unpack: (group, element, VR, short length) in Explicit VR, (group, element,
#: length) in Implicit VR (and for the item tags of any syntax).
_LE_EXPLICIT = struct.Struct("<HH2sH")
_LE_IMPLICIT = struct.Struct("<HHL")
#: Two upper-case letters that are not a long VR: the VRs with a 2-byte value length.
_SHORT_VRS = frozenset(bytes((a, b)) for a in range(65, 91) for b in range(65, 91)) - LONG_VRS


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


# ---------------------------------------------------------------------------------------------------
# What kind of file (from its name or its first ``HEAD_SIZE`` bytes)


def has_preamble(head: bytes) -> bool:
    """True when ``head`` (the first ``HEAD_SIZE`` bytes of a file) ends with the DICM magic."""
    return len(head) == HEAD_SIZE and head[PREAMBLE_SIZE:HEAD_SIZE] == MAGIC


def looks_like_dicom(head: bytes) -> bool:
    """True when a file without the DICM preamble starts with a plausible group 0002/0008 element."""
    if len(head) < 8:
        return False
    for endian in ("<", ">"):
        group, _elem = struct.unpack(endian + "HH", head[:4])
        if group not in (0x0002, 0x0008):
            continue
        vr = head[4:6]
        if b"AA" <= vr <= b"ZZ" and vr.isalpha():
            return True
        (length,) = struct.unpack(endian + "L", head[4:8])
        if length < 1024:  # implicit VR: the first element is short
            return True
    return False


def is_nifti(name: str) -> bool:
    """True when the file name is a NIfTI image's (``.nii`` or ``.nii.gz``), the scan's other image format."""
    low = name.lower()
    return low.endswith(".nii") or low.endswith(".nii.gz")


def nifti_stem(name: str) -> str:
    """A NIfTI file name without its extension: the name of its DICOM-JSON sidecar without ``.json``."""
    low = name.lower()
    return name[: -len(".nii.gz")] if low.endswith(".nii.gz") else name[: -len(".nii")]


class _Buffer:
    """A window on the file: element headers are parsed from memory, values are skipped by seeking."""

    __slots__ = ("buf", "fp", "size", "start")

    def __init__(self, fp: IO[bytes], size: int, head: bytes = b"") -> None:
        self.fp, self.size = fp, size
        self.buf, self.start = head, 0  # ``head``: the file's first bytes, already read

    def window(self, off: int, n: int) -> tuple[bytes, int]:
        """Return (buffer, index of ``off`` in it) with at least ``n`` bytes from ``off``."""
        i = off - self.start
        if i < 0 or i + n > len(self.buf):
            if off + n > self.size:
                raise _Truncated
            self.fp.seek(off)
            self.buf, self.start, i = read_full(self.fp, max(n, BLOCK), self.size - off), off, 0
            if len(self.buf) < n:
                raise _Truncated
        return self.buf, i


def read_full(fp: IO[bytes], n: int, left: int) -> bytes:
    """Read ``n`` bytes from ``fp`` (fewer at the end of the file: ``left`` bytes are left, by its size).

    One read in practice; more when a file system returns less than asked (``fp`` may be unbuffered).
    """
    data = fp.read(n)
    while len(data) < min(n, left):
        more = fp.read(n - len(data))
        if not more:
            break
        data += more
    return data


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
        sequence, present = _shape(b, off, group, vr, length, implicit)
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


def _shape(b: _Buffer, off: int, group: int, vr: bytes | None, length: int, implicit: bool) -> tuple[bool, bool]:
    """(is a sequence, has a value) of the element of an item whose value starts at ``off``; a sequence has a
    value when it has an item. In Implicit VR, a private element is never a sequence (see the module doc)."""
    if length == UNDEFINED:
        if not (implicit or vr == b"SQ"):
            raise Fallback
        return True, _starts_with_item(b, off)
    if length >= 8 and (vr == b"SQ" or implicit and not group & 1 and _starts_with_item(b, off)):
        return True, True
    return False, length > 0


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
    head: bytes = b"",
) -> Header:
    """Walk the header of a file with the DICM preamble (any position of ``fp``).

    ``wanted``: top-level tags whose raw value to keep. ``watch`` and ``watch_groups``: tags, and
    groups of tags, whose first occurrence with a value inside a sequence to note (``Header.nested``).
    ``judge``: tags whose every occurrence with a value inside a sequence to keep (``Header.judged``).
    ``head``: the file's first bytes when the caller has read them (most headers lie in one ``BLOCK``:
    then the file is not read again). Raises ``Fallback`` when the file needs pydicom. Stops at the pixel
    data element (not read), after checking that the file holds all of it (``Header.truncated``).
    """
    out = Header()
    w = _Watch(watch, watch_groups, judge)
    b = _Buffer(fp, size, head)
    off = _read_meta(b, out)
    ts = out.transfer_syntax
    if not ts or ts in NOT_HANDLED:
        raise Fallback
    implicit = ts == IMPLICIT_LE
    try:
        _read_dataset(b, off, implicit, wanted, w, out)
    except _Truncated:
        out.truncated = True
    if not out.truncated and out.pixel_position is not None:
        try:
            out.truncated = _pixel_data_truncated(b, out.pixel_position, implicit, True)
        except _Truncated:  # the file is shorter than ``size``: it changed while being read
            out.truncated = True
    out.nested, out.nested_private, out.judged = w.nested, w.private, w.judged
    return out


def pixel_data_truncated(fp: IO[bytes], size: int, pos: int, implicit: bool, little: bool) -> bool:
    """True when the pixel data element at ``pos`` of ``fp`` (``size`` bytes) runs past the end of the file.

    Reads element and item headers only (skips fragment values), never the pixel values. Any position of
    ``fp``; any transfer syntax (``little``: the byte order of the element header).
    """
    try:
        return _pixel_data_truncated(_Buffer(fp, size), pos, implicit, little)
    except _Truncated:  # the file is shorter than ``size``: it changed while being read
        return True


def _pixel_data_truncated(b: _Buffer, pos: int, implicit: bool, little: bool) -> bool:
    """``pixel_data_truncated`` on a buffer (the fast reader's: no read when the element header lies in it)."""
    size = b.size
    if pos + 8 > size:
        return False
    e = "<" if little else ">"
    buf, i = b.window(pos, 8)
    group, elem = struct.unpack_from(e + "HH", buf, i)
    if (group << 16 | elem) not in PIXEL_TAGS:
        return False
    if implicit:
        (length,) = struct.unpack_from(e + "L", buf, i + 4)
        start = pos + 8
    elif buf[i + 4 : i + 6] in LONG_VRS:
        if pos + 12 > size:
            return True
        buf, i = b.window(pos, 12)
        (length,) = struct.unpack_from(e + "L", buf, i + 8)
        start = pos + 12
    else:
        (length,) = struct.unpack_from(e + "H", buf, i + 6)
        start = pos + 8
    if length != UNDEFINED:
        return start + length > size
    # Encapsulated: walk the fragment items up to the sequence delimiter (always little endian).
    off = start
    while True:
        if off + 8 > size:
            return True
        buf, i = b.window(off, 8)
        group, elem, item_len = _LE_IMPLICIT.unpack_from(buf, i)
        tag = group << 16 | elem
        if tag == SEQ_END:
            return False
        if tag != ITEM:
            return False  # not a well-formed fragment list: not ours to judge here
        off += 8
        if off + item_len > size:
            return True
        off += item_len


def _read_meta(b: _Buffer, out: Header) -> int:
    """Read the file meta information (always Explicit VR Little Endian) into ``out``; return where the
    dataset starts. ``Fallback`` when the meta information is cut short or has an undefined length."""
    off = HEAD_SIZE
    try:
        while True:
            buf, i = b.buf, off - b.start
            if i >= 0 and i + 12 <= len(buf):  # the common case inline: the element lies in the buffer
                group, elem, vr, length = _LE_EXPLICIT.unpack_from(buf, i)
                if group != 0x0002:
                    return off
                if vr in LONG_VRS:
                    length, voff = _LE_U32.unpack_from(buf, i + 8)[0], off + 12
                elif vr in _SHORT_VRS:
                    voff = off + 8
                else:
                    raise Fallback
                tag = 0x00020000 | elem
            else:
                buf, i = b.window(off, 8)
                if _LE_TAG.unpack_from(buf, i)[0] != 0x0002:
                    return off
                tag, _vr, length, voff = _element(b, off, False)
            if length == UNDEFINED:
                raise Fallback
            if tag in (MEDIA_STORAGE_SOP_CLASS, TRANSFER_SYNTAX):
                buf, i = b.window(voff, length)
                text = ascii_value(buf[i : i + length])
                if tag == MEDIA_STORAGE_SOP_CLASS:
                    out.media_storage_class = text
                else:
                    out.transfer_syntax = text
            off = voff + length
    except _Truncated:
        raise Fallback from None


def _read_dataset(b: _Buffer, off: int, implicit: bool, wanted: frozenset[int], w: _Watch, out: Header) -> None:
    """Walk the top-level elements from ``off`` into ``out`` up to the pixel data element.

    Runs of plain elements lying in the buffer are read by ``_plain_run`` (the scan's hot path), every other
    element (a sequence, the pixel data, one the buffer cuts, anything odd) by ``_element_step``.
    Raises ``_Truncated`` when the file ends before an element (or value) it declares.
    """
    size = b.size
    while off < size:
        off = _plain_run(b, off, implicit, wanted, out)
        if off >= size:
            return
        off = _element_step(b, off, implicit, wanted, w, out)
        if off < 0:
            return


#: Tags from here on need ``_element_step``: the pixel data elements, and the item and delimiter tags.
_STEP_TAGS = min(PIXEL_TAGS)
#: The long VRs of elements ``_plain_run`` reads (a sequence needs ``_element_step``).
_PLAIN_LONG_VRS = LONG_VRS - {b"SQ"}


def _plain_run(b: _Buffer, off: int, implicit: bool, wanted: frozenset[int], out: Header) -> int:
    """Read the plain elements from ``off`` while their header lies in the buffer; return the offset of the first
    element it leaves to ``_element_step`` (or the end of the file).

    Plain: not a sequence (explicit VR SQ; in Implicit VR an undefined length or a value starting with an item
    tag), a defined length, a value the file holds, a tag below the pixel data. What it reads is what
    ``_element_step`` would read: a shortcut, never a different result.
    """
    buf, start, size = b.buf, b.start, b.size
    limit = start + len(buf) - 12  # an element header (at most 12 bytes) at ``off`` lies in the buffer
    if off < start:
        return off
    lengths, values = out.lengths, out.values
    if implicit:
        unpack = _LE_IMPLICIT.unpack_from
        while off <= limit:
            i = off - start
            group, elem, length = unpack(buf, i)
            voff = off + 8
            if length == UNDEFINED or length >= 8 and not group & 1 and buf[i + 8 : i + 12] == ITEM_BYTES:
                return off  # a sequence
            tag, end = group << 16 | elem, voff + length
            if tag >= _STEP_TAGS or end > size or tag in wanted and end - start > len(buf):
                return off
            if tag in wanted:
                values[tag] = buf[voff - start : end - start]
            lengths[tag] = length
            off = end
        return off
    unpack, short_vrs, long_vrs, u32 = _LE_EXPLICIT.unpack_from, _SHORT_VRS, _PLAIN_LONG_VRS, _LE_U32.unpack_from
    while off <= limit:
        group, elem, vr, length = unpack(buf, off - start)
        if vr in short_vrs:
            voff = off + 8
        elif vr in long_vrs and (length := u32(buf, off - start + 8)[0]) != UNDEFINED:
            voff = off + 12
        else:
            return off  # a sequence, an undefined length, or not a VR
        tag, end = group << 16 | elem, voff + length
        if tag >= _STEP_TAGS or end > size:
            return off
        if tag in wanted:
            if end - start > len(buf):
                return off
            values[tag] = buf[voff - start : end - start]
        lengths[tag] = length
        off = end
    return off


def _element_step(b: _Buffer, off: int, implicit: bool, wanted: frozenset[int], w: _Watch, out: Header) -> int:
    """Read the top-level element at ``off`` (any kind); return the offset after it, or -1 at the pixel data."""
    tag, vr, length, voff = _element(b, off, implicit)
    if tag in PIXEL_TAGS:
        out.pixel_position = off
        return -1
    if tag >> 16 == 0xFFFE:
        raise Fallback
    out.lengths[tag] = length
    if length == UNDEFINED:
        if not (implicit or vr == b"SQ"):
            raise Fallback
        off, items = _sequence(b, voff, None, implicit, 1, (tag,), w)
        if not items:
            out.lengths[tag] = 0
        return off
    if vr == b"SQ" and length or implicit and length >= 8 and not tag & 0x10000 and _starts_with_item(b, voff):
        return _sequence(b, voff, voff + length, implicit, 1, (tag,), w)[0]
    if tag in wanted:
        buf, j = b.window(voff, length)
        out.values[tag] = buf[j : j + length]
    off = voff + length
    if off > b.size:
        raise _Truncated
    return off
