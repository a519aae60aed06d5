"""The door's promise that no driver exception reaches a face: `guarded(obj)` is `obj` whose every
method call turns a database driver error into `errors.StorageFailure` (store.dbapi.as_damage)."""

from __future__ import annotations

import functools
import inspect
from typing import Any, TypeVar, cast

from ..store.dbapi import driver_errors_as_damage

T = TypeVar("T")


class _Guarded:
    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not (inspect.ismethod(value) or inspect.isfunction(value)):
            return value  # data (a connection is callable, but is not a use case)

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with driver_errors_as_damage():
                return value(*args, **kwargs)

        return call


def guarded(target: T) -> T:
    """`target` as its own type, every method call guarded (see the module docstring)."""
    return cast(T, _Guarded(target))
