"""The store (embedded Oxigraph or a SPARQL endpoint), ingest, exports, the networkx
projection and the command line."""
