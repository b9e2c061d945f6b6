"""Receiving inputs: a multipart body streamed into a private folder, and zipped datasets unpacked safely.

Nothing here logs or echoes a value of an upload: a file is named by its form field, a zip member by its
position in the archive (names of folders in a dataset may be patients' names or identifiers).
"""

from __future__ import annotations

import re
import shutil
import stat
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eucaim_spec.serve.errors import ServeError
from eucaim_spec.validate.limits import human

if TYPE_CHECKING:
    from starlette.requests import Request

    from eucaim_spec.serve.settings import ServeSettings

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str | None, fallback: str = "upload") -> str:
    """The last part of an uploaded file's name reduced to letters, digits, ``._-`` (never ``..`` or empty).

    The name is kept because the checker reads it (CDM tables are named ``patient.csv`` ..., a record's
    extension gives its syntax, a clinical file may need the dataset id as prefix)."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _SAFE_NAME.sub("_", base).strip("._")[:100]
    return base or fallback


async def receive_form(request: Request, into: Path, settings: ServeSettings) -> tuple[dict[str, str], list[Path]]:
    """Stream a ``multipart/form-data`` body into ``into``: returns (text fields, saved file paths).

    The body is counted as it arrives: more than ``settings.max_upload`` bytes ends the request with 413
    before the rest is read; the files go straight to ``into`` (never to a shared temporary folder)."""
    from python_multipart.multipart import FormParser, parse_options_header

    mimetype, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if mimetype != b"multipart/form-data" or not boundary:
        raise ServeError(400, "an upload is multipart/form-data with a boundary")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_upload:
        raise ServeError(413, f"the upload is larger than the limit of {human(settings.max_upload)}")
    fields: dict[str, str] = {}
    files: list[Any] = []

    def on_field(f: Any) -> None:
        if f.field_name:
            fields[f.field_name.decode("utf-8", "replace")] = (f.value or b"").decode("utf-8", "replace")

    def on_file(f: Any) -> None:
        files.append(f)

    config = {"UPLOAD_DIR": str(into), "UPLOAD_KEEP_FILENAME": False, "UPLOAD_DELETE_TMP": False,
              "MAX_MEMORY_FILE_SIZE": 0, "MAX_BODY_SIZE": settings.max_upload}
    parser = FormParser("multipart/form-data", on_field, on_file, boundary=boundary, config=config)
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > settings.max_upload:
                raise ServeError(413, f"the upload is larger than the limit of {human(settings.max_upload)}")
            parser.write(chunk)
        parser.finalize()
    except ServeError:
        raise
    except Exception as exc:  # python-multipart's parse errors: the body is not a well-formed form
        raise ServeError(400, f"the multipart body cannot be parsed ({type(exc).__name__})") from None
    saved = []
    for i, f in enumerate(files):
        f.close()
        if f.field_name != b"file":
            raise ServeError(400, "uploads go in the field 'file'")
        if not f.file_name:
            continue  # the page's file input with no file chosen (a URL was given instead)
        src = Path((f.actual_file_name or b"").decode())
        # one folder per file: the checker sees the file under its own (sanitised) name
        folder = into / str(i)
        folder.mkdir(mode=0o700)
        dest = folder / safe_name(f.file_name.decode("utf-8", "replace"))
        src.rename(dest)
        saved.append(dest)
    return fields, saved


def unzip_dataset(archive: Path, dest: Path, settings: ServeSettings) -> Path:
    """Unpack a zipped dataset into ``dest``; return the folder to check (the single top folder if there is one).

    Refused before anything is written (422): members with absolute names, ``..``, drive letters or
    backslashes, symbolic links, special files, encryption. Refused as a bomb (413): more than
    ``max_members`` members, a member whose declared ratio exceeds ``max_ratio``, a declared or actual
    inflated total above ``max_unzipped`` (actual bytes are counted while writing; headers can lie)."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        raise ServeError(422, "upload: not a readable zip archive") from None
    with zf:
        infos = zf.infolist()
        _refuse_members(infos, settings)
        files = _extract(zf, infos, dest, settings)
    if not files:
        raise ServeError(422, "upload: the zip holds no file")
    # macOS archivers add __MACOSX/ beside the dataset; it is not part of it
    shutil.rmtree(dest / "__MACOSX", ignore_errors=True)
    entries = list(dest.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else dest


def _refuse_members(infos: list[zipfile.ZipInfo], settings: ServeSettings) -> None:
    """The checks made on the zip's directory before anything is written (unsafe names, links, bombs)."""
    if len(infos) > settings.max_members:
        raise ServeError(413, f"upload: the zip holds more than {settings.max_members} members")
    declared = 0
    for n, info in enumerate(infos, 1):
        name = info.filename
        parts = name.split("/")
        if name.startswith("/") or "\\" in name or ":" in parts[0] or ".." in parts or "\x00" in name:
            raise ServeError(422, f"upload: zip member #{n} has a path leaving the dataset folder")
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver stored no Unix file type
        if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            raise ServeError(422, f"upload: zip member #{n} is a link or special file, not a plain file")
        if info.flag_bits & 0x1:
            raise ServeError(422, f"upload: zip member #{n} is encrypted")
        declared += info.file_size
        if info.file_size > settings.max_ratio * max(info.compress_size, 1) and info.file_size > 1024**2:
            raise ServeError(413, f"upload: zip member #{n} inflates more than {settings.max_ratio} times "
                                  "(a zip bomb?)")
    if declared > settings.max_unzipped:
        raise ServeError(413, f"upload: the zip inflates to more than {human(settings.max_unzipped)}")


def _extract(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], dest: Path, settings: ServeSettings) -> int:
    """Write the members under ``dest``, counting the inflated bytes as they come; return how many files."""
    written = files = 0
    for n, info in enumerate(infos, 1):
        target = dest.joinpath(*[p for p in info.filename.split("/") if p])
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as src, open(target, "xb") as out:
                while chunk := src.read(1 << 16):
                    written += len(chunk)
                    if written > settings.max_unzipped:
                        raise ServeError(413, "upload: the zip inflates to more than "
                                              f"{human(settings.max_unzipped)}")
                    out.write(chunk)
            files += 1
        except FileExistsError:
            raise ServeError(422, f"upload: zip member #{n} repeats a name") from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
            raise ServeError(422, f"upload: zip member #{n} cannot be read") from None
    return files
