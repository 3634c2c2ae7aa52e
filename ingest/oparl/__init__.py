"""OParl 1.1 source: fetch a council's objects over HTTP, map them to documents, sync incrementally.

``client`` (HTTP: politeness, retries, cache), ``objects`` (tolerant parsing of the object model),
``files`` (file contents), ``mapping`` (objects → documents), ``state`` (what each source has
seen), ``kb_writer`` (the one place that writes into the knowledge base), ``sync`` (the run) and
``report`` (what a run did).
"""

from ingest.oparl.report import SyncReport
from ingest.oparl.sync import sync_source

__all__ = ["SyncReport", "sync_source"]
