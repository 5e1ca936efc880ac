"""Django's database sessions, read without building the ORM query on every request (heraldo.core.hot_queries)."""

from __future__ import annotations

from django.contrib.sessions.backends import db

from heraldo.core.hot_queries import live_session_data


class SessionStore(db.SessionStore):
    def load(self):
        data = live_session_data(self.session_key) if self.session_key else None
        if data is None:
            # As Django's store does for an unknown or expired key: the next save creates a new session.
            self._session_key = None
            return {}
        # Kept pages (heraldo.core.kept_pages) depend on what the session holds: its stored form names it.
        self.loaded_data = data
        return self.decode(data)
