"""A small exception hierarchy; HTTP status codes are mapped in ``api/`` only."""


class RatsinfoError(Exception):
    """Base class of every error this project raises on purpose."""


class ConfigError(RatsinfoError):
    """A setting is invalid or points to something that cannot be used."""


class IngestError(RatsinfoError):
    """A source could not be turned into a document (reported per file)."""


class ReadError(IngestError):
    """A file is empty, binary, broken or in an unreadable encoding."""


class StoreError(RatsinfoError):
    """The vector store or the document store failed or is inconsistent."""


class ModelMismatchError(StoreError):
    """The store was built with another embedding model than the configured one."""


class NotFoundError(RatsinfoError):
    """A requested document does not exist (or is not visible to the caller)."""
