"""Turning passages into an answer: quotes, the composed answer, the leading record, the optional chat model."""
