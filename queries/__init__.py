"""Stored SPARQL queries: one ``.rq`` file per question, its header a contract."""
