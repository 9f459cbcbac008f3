"""An article's bytes as text: the encoding of a BOM, UTF-8, a web page's declared charset or
the one detected (charset-normalizer); binary data (a PDF renamed .txt, an image, an
archive) and bytes whose encoding cannot be detected with confidence are refused.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from summarizer.errors import InputError

# Signatures of binary formats that may come renamed as .txt, and text encodings with a BOM
# (UTF-16 and UTF-32 text holds NUL bytes, which would otherwise mark it as binary).
_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word, Excel or EPUB document)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return: text has none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode an article's bytes: a BOM's encoding, else UTF-8, else the `declared` one (a
    web page's charset), else the encoding detected.

    Bytes that are valid UTF-8 are read as UTF-8 even when a page declares another charset:
    text in a legacy encoding is almost never valid UTF-8 by chance, while a wrong declared
    charset is a common fault of web servers. Raises InputError for binary data (a known
    binary format, NUL or control bytes) and for bytes whose encoding cannot be detected
    with confidence.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: the text is not valid {encoding.upper()}") from error
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: this is {kind}, not text; convert it to plain text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: this is a binary file, not text")
    text = _decoded(data, "utf-8-sig")
    if text is None and declared:
        text = _decoded(data, declared)
    if text is None:
        text = detect_encoding(data)
    if text is None:
        raise InputError(
            f"{name}: the text is not UTF-8 and its encoding cannot be detected with "
            "confidence; convert it to UTF-8"
        )
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise InputError(f"{name}: this is a binary file, not text")
    return text


def _decoded(data: bytes, encoding: str) -> str | None:
    """`data` in `encoding`, or None when it is not valid in it or the encoding is unknown."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_encoding(data: bytes) -> str | None:
    """`data` decoded in the encoding charset-normalizer finds, or None when it finds none
    with confidence.

    None when every decoding looks like noise, or when decodings as clean as the best one
    give different texts (a few accented letters fit many code pages) and none of them is
    Windows-1252, the legacy encoding of most Western text and what browsers read "latin-1"
    as: on a short text, the language guess that ranks the others is too weak to trust.
    Detection remains a judgement: a short Polish text in Windows-1250 may be read as
    Windows-1252 (charset-normalizer ranks it first too).
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = [match for match in matches if match.chaos <= best.chaos]
    if len({str(match) for match in tied}) == 1:
        return str(best)
    for match in tied:
        if "cp1252" in match.could_be_from_charset:
            return str(match)
    return None
