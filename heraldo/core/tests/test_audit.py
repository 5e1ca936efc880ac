from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from heraldo.core.audit import audit_record, history_for
from heraldo.core.models import AuditEntry


def test_changing_language_is_audited_with_the_changed_field(client_as, persona):
    # given a press officer working in Spanish
    client = client_as("press_officer")
    # when they switch to English
    response = client.post(reverse("core:preferences"), {"language": "en"})
    # then the change is saved and recorded with who, what and the old/new values
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="core.user.language_changed")
    assert entry.actor == persona("press_officer")
    assert entry.changes == {"language": ["es", "en"]}
    assert history_for(persona("press_officer")).count() == 1


def test_history_reads_as_a_spanish_sentence(persona):
    admin, user = persona("system_admin"), persona("press_officer")
    entry = audit_record(actor=admin, action="core.user.deactivated", target=user)
    assert entry.sentence == f"{admin} desactivó la cuenta de {user}"


def test_unregistered_action_codes_are_refused(persona):
    import pytest

    with pytest.raises(ValueError):
        audit_record(actor=persona("system_admin"), action="core.made.up", target=None)


def test_head_of_unit_searches_the_whole_log(client_as, persona):
    user = persona("press_officer")
    audit_record(actor=persona("system_admin"), action="core.user.deactivated", target=user)
    audit_record(actor=persona("system_admin"), action="core.job.retried", target_label="x")
    old = audit_record(actor=persona("system_admin"), action="core.user.reactivated", target=user)
    AuditEntry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    client = client_as("head_of_unit")

    by_text = client.get(reverse("core:audit_log"), {"q": "press"}).content.decode()
    assert "desactivó la cuenta" in by_text
    assert "reintentó" not in by_text

    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    recent = client.get(reverse("core:audit_log"), {"date_from": since}).content.decode()
    assert "desactivó la cuenta" in recent
    assert "reactivó la cuenta" not in recent


def test_audit_search_with_reversed_dates_explains_the_error(client_as):
    response = client_as("head_of_unit").get(
        reverse("core:audit_log"), {"date_from": "2026-11-20", "date_to": "2026-11-01"}
    )
    assert "La fecha final no puede ser anterior a la inicial." in response.content.decode()


def test_audit_log_is_closed_to_other_roles(client_as):
    for name in ("press_officer", "protocol_officer", "mayor", "requester", "outsider"):
        assert client_as(name).get(reverse("core:audit_log")).status_code == 403, name


def test_the_log_shows_changes_whatever_their_keys(client_as, persona):
    # given entries whose changes are a before/after pair, a recorded count under the key "items", and a list
    head = persona("head_of_unit")
    audit_record(actor=head, action="core.user.updated", target=head, changes={"email": ["a@x.pe", "b@x.pe"]})
    audit_record(actor=head, action="core.demo.loaded", changes={"items": 12, "keys": ["a", "b", "c"]})

    # when the head of unit opens the log
    page = client_as("head_of_unit").get(reverse("core:audit_log"))

    # then every change reads as a line, none of them breaks the page
    assert page.status_code == 200
    html = page.content.decode()
    assert "<strong>correo electrónico</strong>: a@x.pe → b@x.pe" in html
    assert "12</div>" in html
    assert "<strong>keys</strong>: a, b, c" in html


def test_the_log_names_changed_fields_and_values_as_the_office_does_not_as_codes(client_as, persona):
    # given a release sent to review, and its publication moved to 21:30 in Lima (02:30 the next day in UTC)
    from heraldo.press.tests.factories import make_release

    release = make_release(author=persona("press_officer"))
    audit_record(
        actor=persona("press_officer"),
        action="press.release.submitted",
        target=release,
        changes={
            "status": ["borrador", "revision"],
            "comment": "Lista",
            "scheduled_for": [None, "2026-11-29 02:30:00+00:00"],
        },
    )

    # when the head of unit reads the audit log
    page = client_as("head_of_unit").get(reverse("core:audit_log")).content.decode()

    # then fields read by their names and values by their labels, times as 28/11/2026 21:30 in Lima
    assert "<strong>estado</strong>: Borrador → En revisión" in page
    assert "<strong>comentario</strong>: Lista" in page
    assert "<strong>publicar el</strong>: — → 28/11/2026 21:30" in page
    assert "<strong>status</strong>" not in page
    assert "revision<" not in page


def test_recorded_values_are_escaped_and_numbers_localized_as_on_the_rest_of_the_page(client_as, persona):
    head = persona("head_of_unit")
    audit_record(actor=head, action="core.demo.loaded", changes={"nota": ["<b>antes</b>", None], "monto": 1234.5})

    html = client_as("head_of_unit").get(reverse("core:audit_log")).content.decode()

    assert "<strong>nota</strong>: &lt;b&gt;antes&lt;/b&gt; → —</div>" in html
    assert "<strong>monto</strong>: 1234.5</div>" in html  # localized as the page's numbers (es-PE)
