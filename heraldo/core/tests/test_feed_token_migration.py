"""ceremonial 0012 moves the agenda's private links into core.FeedToken: a link already in a phone keeps working."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse

from heraldo.core.models.feeds import hash_token


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_agenda_links_survive_the_move_with_the_same_url_and_revoked_ones_stay_revoked():
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    old = migrate([("ceremonial", "0011_precedence_table_in_office_words")])
    User = old.get_model("core", "User")
    Group = old.get_model("auth", "Group")
    CalendarFeedToken = old.get_model("ceremonial", "CalendarFeedToken")
    officer = User.objects.create(username="rosa", email="rosa@candelaria.example.pe", is_active=True)
    officer.groups.add(Group.objects.get(name="Protocolo"))
    CalendarFeedToken.objects.create(user=officer, token_hash=hash_token("secreto-vivo"))
    from django.utils import timezone

    CalendarFeedToken.objects.create(user=officer, token_hash=hash_token("secreto-viejo"), revoked_at=timezone.now())

    migrate(leaves)

    from heraldo.core.models import FeedToken

    assert FeedToken.objects.filter(purpose="ceremonial").count() == 2
    assert Client().get(reverse("ceremonial:feed_private", args=["secreto-vivo"])).status_code == 200
    assert Client().get(reverse("ceremonial:feed_private", args=["secreto-viejo"])).status_code == 404
