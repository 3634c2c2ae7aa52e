"""Evaluation of the assistant against question/answer sets, with two reference baselines.

``ratsinfo eval`` (see :mod:`assistant.evaluation.cli`) ingests document folders, asks every
question of one or more ``qa.jsonl`` files to the assistant, to a paragraph BM25 baseline and to
a default LangChain pipeline, and reports hit@k, MRR, abstention and latency per system.
"""
