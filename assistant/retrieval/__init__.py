"""Finding passages: BM25 and dense indexes, the staged retriever, the optional reranker."""
