"""Key material in memory that can be wiped: a bytearray, locked into RAM, zeroed on demand.

PyNaCl has no binding for libsodium's guarded heap (`sodium_malloc`, with guard pages and
`mprotect`), but its libsodium does export `sodium_mlock` (keep the pages out of swap and core
dumps) and `sodium_memzero` (a zeroing the compiler cannot drop). A `SecretBytes` uses both when
they are there and plain Python zeroing when not. What it cannot do: reach copies Python made on
the way in (the `bytes` a decryption returned, a hex `str` built for SQLCipher's PRAGMA); those
are freed when dropped but not overwritten (docs/threat-model.md, "What stays in memory").
"""

from __future__ import annotations

import contextlib
from typing import Any

try:  # PyNaCl's own libsodium, through its cffi module (no other native code is loaded)
    from nacl._sodium import ffi as _ffi
    from nacl._sodium import lib as _lib
except ImportError:  # pragma: no cover - every PyNaCl wheel ships it
    _ffi = _lib = None


def _buffer(data: bytearray) -> Any:
    return _ffi.from_buffer(data) if _ffi is not None else None


class SecretBytes:
    """A secret that can be wiped; `value` is the live bytearray (never copy it into `bytes`)."""

    __slots__ = ("_data", "_locked")

    def __init__(self, secret: bytes | bytearray) -> None:
        self._data = bytearray(secret)
        self._locked = False
        if _lib is not None and hasattr(_lib, "sodium_mlock") and self._data:
            with contextlib.suppress(Exception):  # RLIMIT_MEMLOCK may forbid it: still usable
                self._locked = _lib.sodium_mlock(_buffer(self._data), len(self._data)) == 0

    @property
    def value(self) -> bytearray:
        if not self._data:
            raise ValueError("the secret was wiped")
        return self._data

    @property
    def wiped(self) -> bool:
        return not self._data

    def wipe(self) -> None:
        """Overwrite with zeros (sodium_munlock zeroes too), then forget the buffer."""
        if not self._data:
            return
        size = len(self._data)
        if _lib is not None and self._locked and hasattr(_lib, "sodium_munlock"):
            _lib.sodium_munlock(_buffer(self._data), size)
        elif _lib is not None and hasattr(_lib, "sodium_memzero"):
            _lib.sodium_memzero(_buffer(self._data), size)
        else:  # pragma: no cover
            self._data[:] = bytes(size)
        self._data = bytearray()

    def __repr__(self) -> str:
        return "SecretBytes(wiped)" if self.wiped else "SecretBytes(…)"
