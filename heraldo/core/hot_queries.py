"""The three reads every signed-in request makes, without compiling their SQL again on every request.

A signed-in page reads the session, the user and the change stamps before it does anything of its own. Building
those queries through the ORM (filters, compiler, converters) cost about three times what the database took to
answer them, and with it about a third of the cheapest signed-in request. Here each one's SQL is built once per
database connection by the ORM itself (so it stays right on SQLite and PostgreSQL, table names and quoting
included) and later calls only bind their parameters.
"""

from __future__ import annotations

from typing import Any

from django.db import connections, router
from django.db.models import Model
from django.utils import timezone

_PREPARED = "_heraldo_prepared_queries"


def _prepared(connection, name: str, build):
    """What `build(connection)` returns, kept on the connection (one per thread; a new connection builds again)."""
    kept = connection.__dict__.setdefault(_PREPARED, {})
    entry = kept.get(name)
    if entry is None:
        entry = kept[name] = build(connection)
    return entry


def _select(queryset, connection, samples: list[Any]):
    """The queryset's SQL, compiler and converters; `samples` are the values it was built with, in the order the
    SQL must take them (checked, or a later call could bind a value in another's place)."""
    compiler = queryset.query.get_compiler(connection=connection)
    sql, parameters = compiler.as_sql()
    if list(parameters)[: len(samples)] != samples or len(parameters) != len(samples):
        raise RuntimeError(f"prepared query: parameters {parameters!r} are not {samples!r}")
    converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
    return sql, compiler, converters


def _rows(connection, prepared, parameters: list[Any]) -> list:
    sql, compiler, converters = prepared
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        rows = cursor.fetchall()
    if converters:
        rows = list(compiler.apply_converters(rows, converters))
    return rows


def row_by_primary_key(model: type[Model], primary_key: Any) -> Model | None:
    """`model._default_manager.get(pk=primary_key)` or None, as a model instance with every concrete field loaded."""
    alias = router.db_for_read(model)
    connection = connections[alias]

    def build(connection):
        field_names = [field.attname for field in model._meta.concrete_fields]
        queryset = model._default_manager.db_manager(alias).filter(pk=0).values_list(*field_names)
        return (*_select(queryset, connection, [0]), field_names)

    *prepared, field_names = _prepared(connection, f"row_by_pk:{model._meta.label}", build)
    pk_field = model._meta.pk
    try:
        value = pk_field.get_db_prep_value(pk_field.to_python(primary_key), connection, prepared=False)
    except Exception:  # a session holding something that is not a key of this table: nobody
        return None
    rows = _rows(connection, prepared, [value])
    return model.from_db(alias, field_names, rows[0]) if rows else None


def live_session_data(session_key: str) -> str | None:
    """The encoded data of an unexpired session, or None (Django's db SessionStore asks the same)."""
    from django.contrib.sessions.models import Session

    alias = router.db_for_read(Session)
    connection = connections[alias]
    expire_field = Session._meta.get_field("expire_date")

    def build(connection):
        sample_moment = timezone.now()
        # Two filters, so the key's parameter comes before the moment's whatever the ORM's ordering of keywords.
        queryset = (
            Session.objects.db_manager(alias)
            .filter(session_key="k")
            .filter(expire_date__gt=sample_moment)
            .values_list("session_data")
        )
        return _select(queryset, connection, ["k", expire_field.get_db_prep_value(sample_moment, connection)])

    prepared = _prepared(connection, "live_session_data", build)
    now = expire_field.get_db_prep_value(timezone.now(), connection, prepared=False)
    rows = _rows(connection, prepared, [session_key, now])
    return rows[0][0] if rows else None


def all_stamp_values() -> dict[str, int]:
    """Every change stamp (a handful of rows), in one query."""
    from heraldo.core.models import ChangeStamp

    alias = router.db_for_read(ChangeStamp)
    connection = connections[alias]

    def build(connection):
        return _select(ChangeStamp.objects.db_manager(alias).values_list("name", "value"), connection, [])

    return dict(_rows(connection, _prepared(connection, "all_stamp_values", build), []))
