"""From report text to statements and figures, then to RDF.

Pure functions, no store: :func:`claimgraph.loaders.pipeline.extract` turns a
:class:`~claimgraph.loaders.model.Report` into an
:class:`~claimgraph.loaders.model.Extraction`, and
:func:`claimgraph.loaders.rdf.to_triples` turns that into RDF terms.
Submodules are imported where they are used so that importing this package is cheap.
"""
