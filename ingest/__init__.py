"""Ingestion: sources → readers → structure → chunks → embeddings → store."""
