"""ratsinfo-assistant: the knowledge base over German council documents.

Owns the domain types, settings, embedder, stores, retrieval and answering.
Nothing in here knows HTTP.
"""
