"""Reading catalogue records: RDF files (Turtle, JSON-LD, RDF/XML, N-Triples) and URLs (FAIR Data Points).

Everything that reaches a parser has passed four guards: a size limit (a 2 GB upload ends with a
message, not an exhausted machine), no DTD in XML (entity expansion and external entities are refused
before any XML parser sees the bytes), a nesting limit for JSON-LD (the JSON-LD parser's memory grows
without bound on deeply nested objects: 250 KB of nesting took more than 10 GB) and no network access
from JSON-LD (remote ``@context`` is refused: the checker works offline). Parse errors become
``InputError`` with file, line, column and the kind of problem; the parser's own wording is reduced to
known parser vocabulary, because parsers quote the offending token and an input token may be a
patient's identifier or name. A URL is named with its password masked.
"""

from __future__ import annotations

import base64
import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from eucaim_spec.errors import InputError
from eucaim_spec.namespaces import RDF_TYPE, XSD, XSD_INTEGER, XSD_STRING
from eucaim_spec.validate.options import CheckOptions

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

#: Default upper bound of one input (file or HTTP body), in bytes; ``InputLimits.max_bytes`` overrides.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
#: Default bound of one HTTP fetch, connection to last byte, in seconds (``--timeout``).
DEFAULT_TIMEOUT = 30.0
#: Default deepest JSON nesting accepted (``--max-depth``); catalogue records nest a few levels deep.
DEFAULT_MAX_DEPTH = 100
MAX_REDIRECTS = 5

#: Canonical format names (the ``--rdf-format`` choices) and accepted spellings.
FORMAT_ALIASES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "xml": "rdf-xml",
    "rdf-xml": "rdf-xml",
    "rdfxml": "rdf-xml",
    "rdf/xml": "rdf-xml",
    "nt": "n-triples",
    "ntriples": "n-triples",
    "n-triples": "n-triples",
}
FORMATS = ("turtle", "json-ld", "rdf-xml", "n-triples")
EXTENSIONS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".json": "json-ld",
    ".rdf": "rdf-xml",
    ".xml": "rdf-xml",
    ".owl": "rdf-xml",
    ".nt": "n-triples",
}
MEDIA_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/rdf+xml": "rdf-xml",
    "application/xml": "rdf-xml",
    "text/xml": "rdf-xml",
    "application/n-triples": "n-triples",
}
ACCEPT = "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8, application/n-triples;q=0.7"

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class RdfSource:
    """The bytes of one input with the name used in messages, its format, base IRI and nesting limit."""

    name: str
    data: bytes
    fmt: str
    base_iri: str
    max_depth: int = DEFAULT_MAX_DEPTH


def normalise_format(fmt: str | None) -> str | None:
    if fmt is None:
        return None
    canon = FORMAT_ALIASES.get(fmt.strip().lower())
    if canon is None:
        raise InputError("--rdf-format", f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    return canon


def is_url(source: str | Path) -> bool:
    s = str(source)
    return s.startswith(("http://", "https://", "http:/", "https:/"))


def url_of(source: str | Path) -> str:
    """The URL named by ``source``; ``Path("https://x")`` collapses the double slash, which is restored."""
    s = str(source)
    return re.sub(r"^(https?):/(?!/)", r"\1://", s)


def mask_url(url: str) -> str:
    """``url`` with the password of its user information replaced by ``***`` (for every message)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}{slash}{path}"


def is_rdf_file(path: Path) -> bool:
    """True for a file with an RDF extension; a ``.json`` only when it does not look like a table."""
    if not (path.is_file() and path.suffix.lower() in EXTENSIONS):
        return False
    return path.suffix.lower() != ".json" or not looks_like_records(path)


def looks_like_records(path: Path) -> bool:
    """True when a ``.json`` file starts as a list of plain objects (a clinical table, one object per row).

    A JSON-LD document is an object, or a list whose objects use ``@`` keywords (``@id``, ``@context``,
    ``@graph``); a list whose first object's first key is not a keyword is read as records. Only the first
    64 KB are looked at.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"["):
        return False
    m = re.match(rb'\[\s*(?:\]|\{\s*(?:\}|"(@?)))', text)
    if m is None:
        return False  # a list of scalars or of lists: neither JSON-LD nor records; the table reader says why
    return m.group(1) != b"@"


def sniff_format(data: bytes) -> str:
    """Guess the format from the first bytes: JSON, XML, else Turtle (which N-Triples is a subset of)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return "json-ld"
    if head.startswith(b"<?xml") or head.startswith(b"<rdf:RDF") or head.startswith(b"<!"):
        return "rdf-xml"
    return "turtle"


def _too_big(name: str, size: int, limit: int) -> InputError:
    return InputError(
        name,
        f"input is {_human(size)}, above the limit of {_human(limit)}; raise the limit with --max-bytes "
        "or split the catalogue",
    )


def _human(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"


def read_file(
    path: Path, *, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None
) -> RdfSource:
    """Read an RDF file after checking its size; the format is ``fmt``, the extension, or sniffed."""
    label = name or path.as_posix()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(label, f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise _too_big(label, size, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(label, f"cannot read: {exc.strerror or exc}") from None
    chosen = normalise_format(fmt) or EXTENSIONS.get(path.suffix.lower()) or sniff_format(data)
    return RdfSource(name=label, data=data, fmt=chosen, base_iri=path.resolve().as_uri())


def _split_credentials(url: str) -> tuple[str, str | None]:
    """(``url`` without user information, the Basic ``Authorization`` header value or None)."""
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at:
        return url, None
    user, _, password = userinfo.partition(":")
    token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode("ascii")
    return urlunsplit(parts._replace(netloc=host)), f"Basic {token}"


def fetch_url(
    url: str,
    *,
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
    allow_url: Callable[[str], None] | None = None,
) -> RdfSource:
    """GET ``url`` with RDF content negotiation, a size limit, at most ``max_redirects`` and a deadline.

    ``allow_url`` (``eucaim serve``: no loopback or private hosts) is called with the URL and with every
    redirect target before it is requested, and raises InputError to refuse it.

    ``timeout`` bounds the whole fetch, not each socket read: a server that sends one header a second,
    or a byte a second, would otherwise hold the run for as long as it likes. The fetch runs in a daemon
    thread that is abandoned at the deadline (the process ends soon after with exit 3). A body shorter
    than its ``Content-Length`` is refused, not checked as if complete. Messages name the URL with its
    password masked.
    """
    name = mask_url(url)
    outcome: list[RdfSource | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_fetch(url, name, fmt, max_bytes, timeout, max_redirects, allow_url))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=run, name="eucaim-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 1.0)  # the socket timeout fires first on a silent server; this is the backstop
    if not outcome:
        raise InputError(name, f"no complete answer within {timeout:g} s (raise --timeout)")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _fetch(
    url: str, name: str, fmt: str | None, max_bytes: int, timeout: float, max_redirects: int,
    allow_url: Callable[[str], None] | None = None,
) -> RdfSource:
    import http.client  # deferred: http.client and urllib.request load ssl (25 ms), for URLs only
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = max_redirects

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            if allow_url is not None:
                allow_url(newurl)  # a public host must not redirect the fetch to a private one
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    deadline = time.monotonic() + timeout
    plain, auth = _split_credentials(url)
    opener = urllib.request.build_opener(_Redirects())
    if allow_url is not None:
        allow_url(plain)
    req = urllib.request.Request(plain, headers={"Accept": ACCEPT, "User-Agent": "eucaim-spec"})
    if auth is not None:
        # unredirected: a redirect to another host must not carry the credentials along
        req.add_unredirected_header("Authorization", auth)
    try:
        with opener.open(req, timeout=timeout) as resp:
            final_url = resp.geturl()
            data = _read_body(resp, name, max_bytes, deadline, timeout)
            media = (resp.headers.get_content_type() or "").lower()
    except (http.client.HTTPException, OSError) as exc:
        raise _fetch_error(exc, name, timeout, max_redirects) from None
    return RdfSource(name=name, data=data, fmt=_answer_format(name, fmt, media, data), base_iri=mask_url(final_url))


def _read_body(resp: Any, name: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body of ``resp``, refused when it outgrows ``max_bytes``, the deadline or its Content-Length."""
    declared_text = resp.headers.get("Content-Length")
    declared = int(declared_text) if declared_text and declared_text.strip().isdigit() else None
    if declared is not None and declared > max_bytes:
        raise _too_big(name, declared, max_bytes)
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(name, f"no complete answer within {timeout:g} s (raise --timeout)")
        chunk = resp.read(1 << 16)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise _too_big(name, total, max_bytes)
        chunks.append(chunk)
    if declared is not None and total < declared:
        raise InputError(name, f"the body ended after {total} of the {declared} bytes its Content-Length announced")
    return b"".join(chunks)


def _fetch_error(exc: BaseException, name: str, timeout: float, max_redirects: int) -> InputError:
    """The message for a failed fetch (HTTP status, unreachable host, timeout, not HTTP at all)."""
    import http.client  # deferred: http.client and urllib load ssl (25 ms), for URLs only
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        if 300 <= exc.code < 400:
            return InputError(name, f"more than {max_redirects} redirects")
        return InputError(name, f"HTTP {exc.code} {_plain(str(exc.reason))}")
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            return InputError(name, f"no answer within {timeout:g} s")
        return InputError(name, f"unreachable: {_plain(str(reason))}")
    if isinstance(exc, http.client.IncompleteRead):
        return InputError(name, f"the body ended early ({len(exc.partial)} bytes read)")
    if isinstance(exc, http.client.HTTPException):
        # malformed status line, too many or too long headers, ...: the server did not speak HTTP
        return InputError(name, f"not a valid HTTP answer ({type(exc).__name__})")
    if isinstance(exc, TimeoutError):
        return InputError(name, f"no answer within {timeout:g} s")
    assert isinstance(exc, OSError)
    return InputError(name, f"unreachable: {exc.strerror or type(exc).__name__}")


def _answer_format(name: str, fmt: str | None, media: str, data: bytes) -> str:
    """The RDF syntax of a fetched body: ``fmt``, else the media type, else sniffed (HTML refused)."""
    chosen = normalise_format(fmt) or MEDIA_TYPES.get(media)
    if chosen is None:
        if media in ("text/html", "application/xhtml+xml"):
            raise InputError(name, f"the server sent {media}, not RDF (no Turtle, JSON-LD or RDF/XML offered)")
        if media and media not in ("text/plain", "application/octet-stream"):
            raise InputError(name, f"the server sent {_plain(media)}, which is not an RDF format")
        chosen = sniff_format(data)
    return chosen


def _plain(text: str) -> str:
    """``text`` on one line, without control characters and at most 100 characters (server-chosen text)."""
    return "".join(c if c.isprintable() else " " for c in " ".join(text.split()))[:100]


def read_source(
    source: str | Path, options: CheckOptions | None = None, name: str | None = None
) -> RdfSource:
    """Read a file or URL honouring ``options`` (its RDF syntax and input limits)."""
    opts = options or CheckOptions()
    fmt = opts.rdf_format
    lim = opts.limits
    max_bytes = int(lim.max_bytes or DEFAULT_MAX_BYTES)
    if is_url(source):
        src = fetch_url(
            url_of(source),
            fmt=fmt,
            max_bytes=max_bytes,
            timeout=float(lim.timeout or DEFAULT_TIMEOUT),
            allow_url=lim.allow_url,
        )
    else:
        src = read_file(Path(source), fmt=fmt, max_bytes=max_bytes, name=name)
    return dataclasses.replace(src, max_depth=int(lim.max_depth or DEFAULT_MAX_DEPTH))


def refuse_dtd(src: RdfSource) -> None:
    """Refuse XML carrying a DOCTYPE or ENTITY declaration (billion laughs, external entities)."""
    data = src.data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    m = _DTD.search(data)
    if m:
        line = data.count(b"\n", 0, m.start()) + 1
        raise InputError(
            src.name,
            "RDF/XML with a DOCTYPE or ENTITY declaration is refused (entity expansion "
            "and external entities are not allowed)",
            where=f"line {line}",
        )


_OX_FORMATS = {"turtle": "TURTLE", "json-ld": "JSON_LD", "rdf-xml": "RDF_XML", "n-triples": "N_TRIPLES"}


#: Words the RDF parsers use to describe a problem (pyoxigraph's Turtle, N-Triples, JSON-LD and RDF/XML
#: messages); any other word of a parser message may come from the input and is shown as "…".
_PARSER_VOCABULARY = """
    a absolute add after all allowed already always an and are array as at attribute base be been before
    beginning between blank blanknodelabel bracket but by byte bytes can cannot char character
    characters close closing code colon column columns comma commas contain contains context curly
    datatype declaration declared decode definition directly document dot element empty enclosed
    encoding end entity error escape escaped event exact expansion expected expecting false file follow
    followed for found from given graph group has hexadecimal ill-formed in inconsistent index input
    instruction integer invalid iri iriref iris is its json json-ld key keys keyword language length
    letter line list literal literals local maximum may middle must name namespace namespaces nested new
    no node not null number object objects of on one only or parser parsing point position predicate
    prefix prefixes present processing properties property quad quads rdf rdf/xml relative remote
    required root scheme separate sequence should single space square squared start statement statements
    string strings subject subtag supported syntax tag term terms text that the this to token trailing
    triple triples true turtle type unexpected unicode unknown unsupported up use used using utf-8 valid
    value values was while with within without written xml
    @base @container @context @direction @graph @id @import @included @index @json @language @list @nest
    @none @prefix @propagate @protected @reverse @set @type @value @version @vocab"""
_PARSER_WORDS = frozenset(_PARSER_VOCABULARY.split())
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|<[^<>]*>", re.DOTALL)
_PARSER_PREFIX = re.compile(r"^Parser error (at|between) line [^:]*: ")


def parser_message(message: str) -> str:
    """A parser's message reduced to parser vocabulary: quoted text and unknown words become "…".

    The parsers quote the offending token ("PAT-0042 is not a valid RDF object", "Unexpected text event:
    'Jane Doe 1970-01-01'"); the token is input, so only the kind of problem is kept.
    """
    text = _QUOTED.sub(" … ", _PARSER_PREFIX.sub("", message))
    out: list[str] = []
    for token in text.split():
        word = token.rstrip(",:;.!?()")
        tail = token[len(word):]
        kept = word.lower() in _PARSER_WORDS
        piece = (word if kept else "…") + tail
        if not kept and out and out[-1].startswith("…"):
            out[-1] = "…" + tail
            continue
        out.append(piece)
    result = " ".join(out).strip()
    return result if result.strip("… ,:;.") else "syntax error"


def _syntax_error(src: RdfSource, exc: BaseException) -> InputError:
    raw = " ".join(str(getattr(exc, "msg", None) or exc).split())
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "offset", None)
    if "LoadDocumentCallback" in raw or "remote context" in raw.lower():
        msg = "a remote JSON-LD @context is not fetched (the checker works offline); embed the context"
    else:
        msg = parser_message(raw)
    if line is None and src.fmt == "rdf-xml":
        line = _xml_error_line(src.data)
    where = f"line {line}" + (f" column {col}" if col else "") if line else None
    return InputError(src.name, f"malformed {src.fmt}: {msg}", where=where)


def json_depth_error(data: bytes, max_depth: int) -> tuple[int, int] | None:
    """(line, column) where JSON ``data`` first nests deeper than ``max_depth`` arrays/objects, or None.

    A scan of the bytes (strings skipped), so that a nesting bomb is refused before any parser builds it.
    """
    depth = 0
    for m in _JSON_TOKENS.finditer(data):
        c = m.group()
        if c in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                line = data.count(b"\n", 0, m.start()) + 1
                col = m.start() - (data.rfind(b"\n", 0, m.start()) + 1) + 1
                return line, col
        elif c in (b"]", b"}"):
            depth -= 1
    return None


_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def refuse_deep_json(src: RdfSource, max_depth: int) -> None:
    """Refuse JSON-LD nested deeper than ``max_depth`` (the JSON-LD parser's memory grows without bound)."""
    where = json_depth_error(src.data, max_depth)
    if where is not None:
        raise InputError(
            src.name,
            f"JSON nested deeper than {max_depth} levels is refused; raise the limit with --max-depth",
            where=f"line {where[0]} column {where[1]}",
        )


def _xml_error_line(data: bytes) -> int | None:
    """Line of the first XML well-formedness error (expat), for parsers that report none."""
    from xml.parsers import expat  # deferred: only a malformed RDF/XML input needs it

    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        return int(exc.lineno)
    except (LookupError, ValueError, RecursionError):
        # an XML declaration naming an unknown encoding (found by the fuzzer: "WTF-8" raised LookupError,
        # an internal error quoting the name): no line to give, the parser's own error stands
        return None
    return None


#: Value ranges of the derived integer types (XSD 1.1 Part 2, 3.4.14-3.4.25), which the pyoxigraph store
#: (0.5) folds into xsd:integer: a literal's written datatype is only known from ``IntegerLiterals``.
DERIVED_INTEGER_RANGES: dict[str, tuple[int | None, int | None]] = {
    XSD + "nonNegativeInteger": (0, None),
    XSD + "positiveInteger": (1, None),
    XSD + "nonPositiveInteger": (None, 0),
    XSD + "negativeInteger": (None, -1),
    XSD + "long": (-(2**63), 2**63 - 1),
    XSD + "int": (-(2**31), 2**31 - 1),
    XSD + "short": (-(2**15), 2**15 - 1),
    XSD + "byte": (-(2**7), 2**7 - 1),
    XSD + "unsignedLong": (0, 2**64 - 1),
    XSD + "unsignedInt": (0, 2**32 - 1),
    XSD + "unsignedShort": (0, 2**16 - 1),
    XSD + "unsignedByte": (0, 2**8 - 1),
}
#: The integer datatypes: xsd:integer and the derived types the pyoxigraph store folds into it.
INTEGER_TYPES = frozenset({XSD_INTEGER, *DERIVED_INTEGER_RANGES})
_INTEGER_LEXICAL = re.compile(r"[+-]?[0-9]+")


def integer_value(lexical: str) -> int | None:
    """The value of an integer lexical form (``+05`` -> 5); None when it is not one."""
    return int(lexical) if _INTEGER_LEXICAL.fullmatch(lexical) else None


def well_typed_integer(term: Any, datatype: str) -> bool:
    """True when pyoxigraph ``term`` is a literal of ``datatype`` (a derived integer type) whose lexical form
    is valid and whose value is in the type's range."""
    import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

    if not isinstance(term, ox.Literal) or term.datatype is None or term.datatype.value != datatype:
        return False
    value = integer_value(term.value)
    if value is None:
        return False
    low, high = DERIVED_INTEGER_RANGES[datatype]
    return (low is None or value >= low) and (high is None or value <= high)


class IntegerLiterals:
    """Integer-typed literals exactly as written, by (subject, predicate IRI).

    The pyoxigraph store keeps "5"^^xsd:nonNegativeInteger as "5"^^xsd:integer and "+5" as "5" (and two
    such objects of one subject and property become one triple), so a SHACL datatype check for a derived
    integer type cannot be answered from the store. ``parse_into`` records the originals here while the
    store is filled from the same parse (blank node ids agree).
    """

    __slots__ = ("by_key",)

    def __init__(self) -> None:
        self.by_key: dict[tuple[Any, str], list[Any]] = {}

    def originals(self, subject: Any, predicate: str) -> list[Any]:
        """The literals of ``subject`` ``predicate`` with an integer datatype, as written."""
        return self.by_key.get((subject, predicate), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())


def parse_into(
    store: pyoxigraph.Store,
    src: RdfSource,
    literals: IntegerLiterals | None = None,
    max_depth: int | None = None,
) -> int:
    """Parse ``src`` into ``store`` (default graph); returns the number of triples read.

    With ``literals``, integer-typed literals are also recorded as written (see ``IntegerLiterals``).
    ``max_depth`` overrides the source's JSON nesting limit.
    """
    import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

    if src.fmt == "rdf-xml":
        refuse_dtd(src)
    elif src.fmt == "json-ld":
        refuse_deep_json(src, src.max_depth if max_depth is None else max_depth)
    fmt = getattr(ox.RdfFormat, _OX_FORMATS[src.fmt])
    before = len(store)
    try:
        if literals is None:
            # bulk_load parses and indexes in Rust (2.5x faster than feeding parsed quads through Python).
            store.bulk_load(src.data, fmt, base_iri=src.base_iri, to_graph=ox.DefaultGraph())
        elif len(store) or not _load_recording_alongside(store, src, fmt, literals):
            store.bulk_extend(_recording(ox.parse(src.data, fmt, base_iri=src.base_iri), literals))
    except SyntaxError as exc:
        raise _syntax_error(src, exc) from None
    except (ValueError, OSError) as exc:
        raise InputError(src.name, f"malformed {src.fmt}: {parser_message(str(exc))}") from None
    return len(store) - before


def _load_recording_alongside(store: pyoxigraph.Store, src: RdfSource, fmt: Any, literals: IntegerLiterals) -> bool:
    """Fill the empty ``store`` by a Rust bulk load on a thread while this one records the integer literals
    from a second parse; False (``store`` left empty) when a recorded subject is a blank node, whose id may
    differ between the two parses.

    The bulk load releases the GIL, so on two cores the Python pass costs no wall time: ~2x faster than
    feeding the recorded parse into the store. A parse error is the recording parse's, as before.
    """
    import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

    failed: list[BaseException] = []

    def load() -> None:
        try:
            store.bulk_load(src.data, fmt, base_iri=src.base_iri, to_graph=ox.DefaultGraph())
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)

    mine = IntegerLiterals()
    loader = threading.Thread(target=load, name="rdf-bulk-load", daemon=True)
    loader.start()
    try:
        for _quad in _recording(ox.parse(src.data, fmt, base_iri=src.base_iri), mine):
            pass
    finally:
        loader.join()
    if failed:
        raise failed[0]
    if any(isinstance(subject, ox.BlankNode) for subject, _p in mine.by_key):
        store.clear()
        return False
    for key, values in mine.by_key.items():
        literals.by_key.setdefault(key, []).extend(values)
    return True


def _recording(quads: Iterator[Any], literals: IntegerLiterals) -> Iterator[Any]:
    """Pass ``quads`` on, recording the integer-typed literals (one Python pass, ~1.3x a Rust bulk load)."""
    import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

    literal = ox.Literal
    by_key, integer_types = literals.by_key, INTEGER_TYPES
    for q in quads:
        o = q.object
        if type(o) is literal and o.datatype.value in integer_types:
            by_key.setdefault((q.subject, q.predicate.value), []).append(o)
        yield q


def _add_to_rdflib(g: rdflib.Graph, triples: Iterable[Any], keep: set[str] | None = None) -> None:
    """Add pyoxigraph triples/quads (graph names ignored) to ``g`` as rdflib terms, literals exactly as
    they come; with ``keep``, only those whose predicate is in it. IRIs and blank nodes are converted once."""
    import logging  # deferred with rdflib, whose logger it quiets

    import pyoxigraph as ox  # deferred: pyoxigraph and rdflib (heavy) are needed only once data is read
    from rdflib import BNode, Literal, URIRef

    # rdflib logs a traceback for each ill-typed literal ("abc"^^xsd:integer); SHACL reports those.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    cache: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value
            return Literal(t.value) if dt == XSD_STRING else Literal(t.value, datatype=URIRef(dt))
        y = cache.get(t)
        if y is None:
            y = cache[t] = URIRef(t.value) if isinstance(t, ox.NamedNode) else BNode(t.value)
        return y

    add = g.add
    for t in triples:
        if keep is None or t.predicate.value in keep:
            add((term(t.subject), term(t.predicate), term(t.object)))


def to_rdflib(store: pyoxigraph.Store) -> rdflib.Graph:
    """The store's default graph as an rdflib Graph (for pySHACL); blank node ids are kept."""
    import pyoxigraph as ox  # deferred: pyoxigraph and rdflib (heavy) are needed only once data is read
    from rdflib import Graph

    g = Graph()
    _add_to_rdflib(g, store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return g


_RDFLIB_FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "rdf-xml": "xml", "n-triples": "nt"}


def parse_rdflib_subset(sources: list[RdfSource], predicates: set[str], extra: list[Any] | None = None) -> rdflib.Graph:
    """Only the triples with one of ``predicates`` (and rdf:type), literals exactly as written.

    pyoxigraph's parser (unlike its store) keeps lexical forms and derived datatypes, and it parses ~12x
    faster than rdflib, so a fallback that needs exact literals for a few properties does not pay for an
    rdflib parse of the whole input.
    """
    import pyoxigraph as ox  # deferred: pyoxigraph and rdflib (heavy) are needed only once data is read
    from rdflib import Graph

    keep = set(predicates) | {RDF_TYPE}
    g = Graph()
    for src in sources:
        fmt = getattr(ox.RdfFormat, _OX_FORMATS[src.fmt])
        _add_to_rdflib(g, ox.parse(src.data, fmt, base_iri=src.base_iri), keep)
    _add_to_rdflib(g, extra or [])
    return g


def parse_rdflib(sources: list[RdfSource], extra: list[Any] | None = None) -> rdflib.Graph:
    """The sources parsed by rdflib (exact literals), plus the pyoxigraph quads ``extra`` (background).

    Only called on sources pyoxigraph has already accepted: DTDs and remote JSON-LD contexts were
    refused there, so rdflib fetches nothing.
    """
    import logging  # deferred with rdflib, whose logger it quiets

    from rdflib import Graph  # deferred: rdflib is a heavy import chain

    g = Graph()
    # rdflib logs a traceback for each ill-typed literal ("abc"^^xsd:integer); SHACL reports those.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    for src in sources:
        g.parse(data=src.data, format=_RDFLIB_FORMATS[src.fmt], publicID=src.base_iri)
    _add_to_rdflib(g, extra or [])
    return g
