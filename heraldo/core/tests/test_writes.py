"""The one write path: the audited diff, and refusals shown on a form."""

import pytest
from django import forms

from heraldo.core.models import AuditEntry, User
from heraldo.core.writes import HIDDEN_VALUE, AuditedWrite, Refused, StateConflict, refusals_on, write_audited

pytestmark = pytest.mark.django_db

NAME_FIELDS = ("first_name", "last_name")


def test_the_diff_is_taken_against_the_stored_row_not_the_object_a_form_already_changed(persona):
    # given an account saved as "Ana Pérez", whose in-memory object a ModelForm has already changed
    account = persona("press_officer")
    User.objects.filter(pk=account.pk).update(first_name="Ana", last_name="Pérez")
    account.first_name = "Ana María"
    # when the service writes the cleaned data
    saved = write_audited(
        actor=persona("system_admin"),
        action="core.user.updated",
        instance=account,
        data={"first_name": "Ana María", "last_name": "Pérez"},
        fields=NAME_FIELDS,
    )
    # then the row is saved and the audit entry holds only what really changed
    assert User.objects.get(pk=account.pk).first_name == saved.first_name == "Ana María"
    entry = AuditEntry.objects.get(action="core.user.updated")
    assert entry.changes == {"first_name": ["Ana", "Ana María"]}
    assert entry.target_id == str(account.pk)


def test_a_write_that_changes_nothing_leaves_no_audit_entry(persona):
    account = persona("press_officer")
    data = {"first_name": account.first_name, "last_name": account.last_name}
    write_audited(actor=account, action="core.user.updated", instance=account, data=data, fields=NAME_FIELDS)
    assert not AuditEntry.objects.filter(action="core.user.updated").exists()


def test_names_outside_the_field_list_are_not_applied(persona):
    account = persona("press_officer")
    write_audited(
        actor=account,
        action="core.user.updated",
        instance=account,
        data={"first_name": "Rosa", "is_superuser": True},
        fields=NAME_FIELDS,
    )
    account.refresh_from_db()
    assert account.first_name == "Rosa" and not account.is_superuser


def test_hidden_values_are_recorded_as_changed_but_never_written_to_the_trail(persona):
    account = persona("press_officer")
    write_audited(
        actor=account,
        action="core.user.updated",
        instance=account,
        data={"email": "ana.personal@example.org", "first_name": "Ana"},
        fields=("email", "first_name"),
        hidden=("email",),
    )
    changes = AuditEntry.objects.get(action="core.user.updated").changes
    assert changes["email"] == [HIDDEN_VALUE, HIDDEN_VALUE]
    assert "ana.personal" not in str(changes) and changes["first_name"][1] == "Ana"


def test_a_creation_records_every_field_given_a_value_and_the_extra_changes(persona):
    write = AuditedWrite(User(username="nueva"), data={"first_name": "Lucía", "last_name": ""}, fields=NAME_FIELDS)
    write.save(clean_exclude=["password", "email"])
    write.extra["groups"] = [None, ["Prensa"]]
    write.record(actor=persona("system_admin"), action="core.user.created")
    entry = AuditEntry.objects.get(action="core.user.created")
    assert entry.changes == {"first_name": [None, "Lucía"], "groups": [None, ["Prensa"]]}
    assert entry.target_id == str(write.instance.pk)


class _NameForm(forms.Form):
    name = forms.CharField()


def test_a_refusal_naming_a_field_is_shown_on_that_field():
    form = _NameForm({"name": "Plaza"})
    assert form.is_valid()
    with refusals_on(form):
        raise Refused("Ese nombre ya está reservado.", field="name")
    assert form.errors == {"name": ["Ese nombre ya está reservado."]}


def test_a_refusal_naming_no_field_of_the_form_is_shown_above_it():
    form = _NameForm({"name": "Plaza"})
    assert form.is_valid()
    with refusals_on(form):
        raise StateConflict("La nota ya no es un borrador.", field="version")
    assert form.non_field_errors() == ["La nota ya no es un borrador."]


def test_the_page_success_path_is_skipped_when_the_service_refuses():
    form = _NameForm({"name": "Plaza"})
    form.is_valid()

    def service():
        raise Refused("No hay cupo.")

    outcome = "form shown again"
    with refusals_on(form):
        service()
        outcome = "redirected"
    assert outcome == "form shown again" and form.non_field_errors() == ["No hay cupo."]


def test_errors_that_are_not_refusals_are_not_hidden():
    form = _NameForm({"name": "Plaza"})
    form.is_valid()
    with pytest.raises(KeyError), refusals_on(form):
        raise KeyError("bug")
