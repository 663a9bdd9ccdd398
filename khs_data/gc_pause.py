"""Python's cyclic garbage collector paused while an import builds its rows.

An import of 50 000 rows makes millions of small dicts, lists and tuples that reference counting
frees on its own (they hold no cycles). Each of them still counts towards the collector's next
run, and each full run walks every object in the process (in the app: Streamlit, plotly, pandas
too): measured, 25–40 % of a big import's CPU went to collections that found nothing. So the
collector waits until the import is done; whatever cycles it left are collected on its next run.

The collector is one switch for the whole process and imports may run in several threads (one
per Streamlit session), so pauses are counted: it is switched back on when the last one ends,
and only if it was on before the first began.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

_lock = threading.Lock()
_pauses = 0
_was_enabled = False

F = TypeVar("F", bound=Callable)


@contextmanager
def collector_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def with_collector_paused(function: F) -> F:
    @functools.wraps(function)
    def paused(*args, **kwargs):
        with collector_paused():
            return function(*args, **kwargs)

    return paused  # type: ignore[return-value]
