"""Small pieces of German language handling shared by ingestion and queries (names of people)."""
