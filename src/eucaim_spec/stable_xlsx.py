"""Byte-stable XLSX workbooks: a fixed document date and normalised zip entries, so that the same content
gives the same bytes (the generated mapping templates, the xlsx report format).

A leaf module: standard library only, for both ``eucaim_spec.generate`` and ``eucaim_spec.report``.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

#: The creation and modification date written into every workbook's properties.
FIXED_DATE = datetime(2000, 1, 1)
#: The timestamp of every zip entry.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def normalise_xlsx(data: bytes) -> bytes:
    """Fix zip timestamps and the modified date openpyxl stamps at save time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
                content = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                                 rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()
