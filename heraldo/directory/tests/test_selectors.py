"""The reads other modules use: current holders, own municipality, mailing lists."""

from datetime import date

from heraldo.directory.models import Entity, MailingList, Person, RecipientScope, Term
from heraldo.directory.selectors import current_holder, current_terms, mailing_list_recipients, own_municipality
from heraldo.directory.tests.factories import (
    EntityFactory,
    MailingListFactory,
    PersonFactory,
    PositionFactory,
    TermFactory,
)


def test_current_terms_cover_the_day_and_skip_suspended_and_vacated(db):
    position = PositionFactory()
    old = TermFactory(position=position, starts_on=date(2019, 1, 1), ends_on=date(2022, 12, 31))
    new = TermFactory(position=position, starts_on=date(2023, 1, 1))
    TermFactory(position=position, starts_on=date(2023, 1, 1), status="SUSPENDIDO")
    assert list(current_terms(on=date(2024, 5, 1))) == [new]
    assert list(current_terms(on=date(2022, 12, 31))) == [old]
    assert list(current_terms(on=date(2018, 1, 1))) == []


def test_current_holder_prefers_the_titular_over_an_encargado(db):
    position = PositionFactory()
    titular = TermFactory(position=position, starts_on=date(2023, 1, 1))
    TermFactory(position=position, starts_on=date(2024, 3, 1), status="ENCARGADO")
    assert current_holder(position, on=date(2024, 4, 1)) == titular
    titular.ends_on = date(2024, 2, 28)
    titular.save()
    assert current_holder(position, on=date(2024, 4, 1)).status == "ENCARGADO"
    assert current_holder(position, on=date(2010, 1, 1)) is None


def test_own_municipality_is_the_flagged_entity(db):
    assert own_municipality() is None
    EntityFactory()
    own = EntityFactory(is_own_municipality=True)
    assert own_municipality() == own


def test_mailing_list_follows_the_current_holders_and_uses_institutional_addresses(db):
    radio = EntityFactory(name="Radio Brisa", kind="MEDIO", email="redaccion@radio.example.pe")
    EntityFactory(name="Colegio", kind="COLEGIO", email="colegio@example.pe")
    journalist = PersonFactory(institutional_email="ana@radio.example.pe", personal_email="ana@gmail.example")
    no_mail = PersonFactory()
    gone = PersonFactory(institutional_email="ex@radio.example.pe")
    TermFactory(position__entity=radio, person=journalist)
    TermFactory(position__entity=radio, person=no_mail)
    TermFactory(position__entity=radio, person=gone, ends_on=date(2023, 6, 1))
    media = MailingListFactory(filters={"kind": "MEDIO"})
    recipients = mailing_list_recipients(media, on=date(2024, 1, 1))
    # the holder without an institutional address falls back to the outlet's; nobody appears twice
    assert recipients == [(journalist, "ana@radio.example.pe"), (no_mail, "redaccion@radio.example.pe")]
    entities = MailingListFactory(filters={"kind": "MEDIO"}, scope=RecipientScope.ENTITY)
    assert mailing_list_recipients(entities) == [(None, "redaccion@radio.example.pe")]


def test_demo_registry_is_believable_and_loads_once(db):
    from heraldo.core.demo import demo_load

    demo_load()
    counts = (Entity.objects.count(), Person.objects.count(), Term.objects.count(), MailingList.objects.count())
    demo_load()
    assert counts == (Entity.objects.count(), Person.objects.count(), Term.objects.count(), MailingList.objects.count())
    own = own_municipality()
    assert own is not None
    council = current_terms(on=date(2024, 6, 1)).filter(
        position__entity=own, position__office_code__startswith="REGIDOR"
    )
    assert council.count() >= 5
    assert Entity.objects.filter(kind="MEDIO").count() >= 4
    assert Term.objects.filter(position__office_code="ALCALDE_DISTRITAL", ends_on__isnull=False).exists()
    assert all(p.search_text for p in Person.objects.all())
