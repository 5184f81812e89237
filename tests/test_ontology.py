"""The vocabulary: Turtle files parse, the generated namespace matches cg.ttl, terms are closed."""

from __future__ import annotations

import pytest
from rdflib import Graph

from claimgraph.ontology import CG, TURTLE_FILES, read_text
from claimgraph.ontology.generate import render, source_turtle


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_turtle_files_parse(name: str) -> None:
    graph = Graph().parse(data=read_text(name), format="turtle")
    assert len(graph) > 10


def test_generated_namespace_matches_turtle() -> None:
    from importlib import resources

    current = resources.files("claimgraph.ontology").joinpath("namespace.py").read_text(encoding="utf-8")
    assert current == render(source_turtle()), "run: python -m claimgraph.ontology.generate"


def test_misspelt_term_fails_loudly() -> None:
    with pytest.raises(AttributeError):
        CG.Figuer  # noqa: B018 — the point is that the lookup raises


def test_every_qualifier_the_figures_query_reports_is_in_the_vocabulary() -> None:
    for name in ("exact", "more_than", "less_than", "about", "at_least", "at_most", "up_to"):
        assert str(CG[name]).endswith("#" + name)
