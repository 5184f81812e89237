"""Importing this module loads hazm's lexicon and the catalogues into the process.

Ingest's forkserver imports it once, so every worker forked from it starts with them
instead of spending its first second and a half loading them (see graph/ingest.py).
"""

from __future__ import annotations

from .catalogue import metrics, units
from .glue import lexicon
from .people import given_names

lexicon()
given_names()
units()
metrics()
