"""OParl 1.1 source: fetch a council's objects over HTTP, map them to documents, sync incrementally.

``client`` (HTTP: politeness, retries, cache), ``listing`` (pagination), ``objects`` (tolerant
parsing of the object model), ``files`` (file contents), ``mapping`` (objects → documents),
``state`` (what each source has seen), ``writer`` and ``kb_writer`` (the one place that writes
into the knowledge base), ``sync`` (one run: ``sync_source``) and ``report`` (what a run did).
Nothing is imported here, so the CLI can load the light modules without the knowledge base.
"""
