"""The language of a story, with py3langid's model cut down to the languages the office's press arrives in.

py3langid scores 142 languages. Its model, read as the package reads it, holds 75 MB in the worker and passes
100 MB while it is read (the whole weight table, and the byte automaton twice); the test plan gives the whole worker
300 MB (L5, F5). Read here a slice at a time, keeping the weights of LANGUAGES only, it holds 45 MB and never
passes it. Fewer candidates also keep short Spanish headlines from being taken for Galician or Asturian.
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
import threading
import zipfile
from array import array
from typing import IO

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

LANGUAGES = ("es", "qu", "en", "pt", "fr", "it", "de", "zh", "ja", "ko", "ru", "ar")
_SLICE_BYTES = 1 << 16  # small reads come back to the allocator, not kept as the worker's memory

_identifier: LanguageIdentifier | None = None
_identifier_lock = threading.Lock()


def language_of(text: str) -> str:
    """The ISO 639-1 code of the language of `text`, one of LANGUAGES. The model is read on the first call."""
    global _identifier
    if _identifier is None:
        with _identifier_lock:  # the worker's consumers start together: one reads the model, the other waits
            if _identifier is None:
                _identifier = languages_identifier(LANGUAGES)
    return _identifier.classify(text)[0]


def languages_identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """py3langid's identifier for `languages` only (its own `set_languages` keeps the whole table beside)."""
    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        with lzma.open(MODEL_DIR / MODEL_FILE) as packed:
            shutil.copyfileobj(packed, unpacked, length=_SLICE_BYTES)
        unpacked.seek(0)
        with zipfile.ZipFile(unpacked) as model:
            classes = _read(model, "classes").tolist()
            kept = [index for index, code in enumerate(classes) if code in languages]
            return LanguageIdentifier(
                _columns(model, "ptc", kept),
                _read(model, "pc")[kept],
                [classes[index] for index in kept],
                _as_stdlib_array(model, "nextmove"),
                _read(model, "out_feat").tolist(),
                tk_row=_as_stdlib_array(model, "nextmove_row"),
            )


def _header(member: IO[bytes]) -> tuple[tuple[int, ...], np.dtype]:
    version = np.lib.format.read_magic(member)
    read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran_order, dtype = read_header(member)
    if fortran_order:
        raise ValueError("py3langid's model: a table in Fortran order was not expected")
    return shape, dtype


def _read(model: zipfile.ZipFile, name: str) -> np.ndarray:
    with model.open(f"{name}.npy") as member:
        shape, dtype = _header(member)
        return np.frombuffer(member.read(), dtype=dtype).reshape(shape)


def _columns(model: zipfile.ZipFile, name: str, kept: list[int]) -> np.ndarray:
    """Some columns of a 2-D table, read a slice of rows at a time."""
    with model.open(f"{name}.npy") as member:
        (rows, columns), dtype = _header(member)
        table = np.empty((rows, len(kept)), dtype=dtype)
        step = max(1, _SLICE_BYTES // (columns * dtype.itemsize))
        for start in range(0, rows, step):
            count = min(step, rows - start)
            block = np.frombuffer(member.read(count * columns * dtype.itemsize), dtype=dtype)
            table[start : start + count] = block.reshape(count, columns)[:, kept]
        return table


def _as_stdlib_array(model: zipfile.ZipFile, name: str) -> array:
    """An unsigned integer vector as py3langid walks it (a stdlib array: indexing it is what classifying costs)."""
    with model.open(f"{name}.npy") as member:
        _shape, dtype = _header(member)
        vector = array({2: "H", 4: "I", 8: "L"}[dtype.itemsize])
        while block := member.read(_SLICE_BYTES):
            vector.frombytes(block)
        return vector
