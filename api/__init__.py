"""Interfaces to the assistant: the HTTP API (FastAPI) and the ``ratsinfo`` CLI."""
