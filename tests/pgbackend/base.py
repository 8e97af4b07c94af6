"""Django's PostgreSQL backend, except that emptying the database between transactional tests
deletes the rows instead of truncating the tables.

pytest-django empties the database after every test that commits (browser, worker and race
tests) with Django's flush. On PostgreSQL that is one TRUNCATE of every table, which costs
about half a second however little is in them (new files for each table and index), against
a twentieth of a second for deleting the few rows a test leaves. Django makes foreign keys
DEFERRABLE INITIALLY DEFERRED and runs the flush in one transaction, so the order of the deletes
does not matter. Nothing else changes: the suite still runs on a real PostgreSQL server.
"""

from __future__ import annotations

from typing import Any

from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(
        self,
        style: Any,
        tables: Any,
        *,
        reset_sequences: bool = False,
        allow_cascade: bool = False,
    ) -> list[str]:
        if reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        delete = style.SQL_KEYWORD("DELETE FROM")
        return [f"{delete} {style.SQL_FIELD(self.quote_name(table))};" for table in tables]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
