"""Where the knowledge lives: the SQLite database (documents, chunks, records), the vector store, the cache of built indexes."""
