"""What every extracting process loads once: hazm's lexicon, given names and the catalogues.

Ingest's forkserver imports this module, so every worker forked from it starts with them
instead of spending its first second and a half loading them; ``load()`` is also what a
worker (or a single-process ingest) calls after adding a user's catalogues (see
graph/ingest.py).
"""

from __future__ import annotations

from .catalogue import metrics, units
from .glue import lexicon
from .people import given_names


def load() -> None:
    """Load (or, after a catalogue was added, rebuild) everything extraction looks up."""
    lexicon()
    given_names()
    units()
    metrics()


load()
