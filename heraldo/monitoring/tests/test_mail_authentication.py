"""Mail-in believes the From header only when the municipality's mail server authenticated it (SPF, DKIM, DMARC)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse

from heraldo.core.models import AuditEntry, Notification
from heraldo.monitoring.mailauth import Verdict, aligned, message_authentication, parse_authentication_results
from heraldo.monitoring.models import Clipping, Source
from heraldo.monitoring.services.mailin import monitoring_read_forwarded_mail
from heraldo.monitoring.tests.test_mailin import MAIL_SERVER, FakeMailbox, authenticated_by_our_server

DOMAIN = "candelaria.example.pe"


@pytest.fixture(autouse=True)
def _our_mail_server(settings):
    settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS = [MAIL_SERVER]


@pytest.fixture
def analyst(persona):
    return persona("media_analyst")


def message(*results: str, sender: str = f"media_analyst@{DOMAIN}", extra_from: str = "") -> bytes:
    """A text forwarded in the analyst's name, carrying these Authentication-Results headers (topmost first)."""
    mail = EmailMessage()
    for header in results:
        mail["Authentication-Results"] = header
    mail["From"] = f"Analista <{sender}>" + (f", {extra_from}" if extra_from else "")
    mail["Subject"] = "RV: Radio Mar Brava 7:30"
    mail["Message-ID"] = "<nota-1@candelaria.example.pe>"
    mail.set_content("En Radio Mar Brava dijeron que la limpieza pública mejoró.")
    return bytes(mail)


def verdict(raw: bytes) -> Verdict:
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    return message_authentication(parsed, [MAIL_SERVER]).verdict


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        # each method alone authenticates when aligned with the From domain
        ([f"{MAIL_SERVER}; dmarc=pass header.from={DOMAIN}"], Verdict.AUTHENTICATED),
        ([f"{MAIL_SERVER}; dkim=pass header.d={DOMAIN}"], Verdict.AUTHENTICATED),
        ([f"{MAIL_SERVER}; dkim=pass header.d=correo.{DOMAIN}"], Verdict.AUTHENTICATED),
        ([f"{MAIL_SERVER}; dkim=pass header.i=@{DOMAIN}"], Verdict.AUTHENTICATED),
        ([f"{MAIL_SERVER}; spf=pass smtp.mailfrom=rebotes@{DOMAIN}"], Verdict.AUTHENTICATED),
        ([f"{MAIL_SERVER}; spf=pass smtp.mailfrom={DOMAIN}"], Verdict.AUTHENTICATED),
        # comments, versions, quotes and capitals are read as the RFC writes them
        ([f'{MAIL_SERVER} 1; (verificado) DKIM/1=Pass (firma válida) header.d="{DOMAIN}"'], Verdict.AUTHENTICATED),
        # a pass for somebody else's domain is no pass for ours
        ([f"{MAIL_SERVER}; dkim=pass header.d=atacante.example.com"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; dkim=pass header.d=otra{DOMAIN}"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; dkim=pass header.d=pe"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; spf=pass smtp.mailfrom=x@atacante.example.com"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; dmarc=pass header.from=atacante.example.com"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; spf=softfail smtp.mailfrom={DOMAIN}; dkim=none"], Verdict.NOT_AUTHENTICATED),
        ([f"{MAIL_SERVER}; none"], Verdict.NO_VERDICT),
        # a DMARC failure refuses, whatever else passed
        (
            [f"{MAIL_SERVER}; dkim=pass header.d=atacante.example.com; dmarc=fail header.from={DOMAIN}"],
            Verdict.DMARC_FAILED,
        ),
        # a header the sender wrote under our server's name below the real one does not outvote it
        (
            [f"{MAIL_SERVER}; dmarc=fail header.from={DOMAIN}", f"{MAIL_SERVER}; dmarc=pass header.from={DOMAIN}"],
            Verdict.DMARC_FAILED,
        ),
        # results written by any other server are not ours to believe
        ([f"mx.atacante.example.com; dmarc=pass header.from={DOMAIN}"], Verdict.NO_VERDICT),
        ([], Verdict.NO_VERDICT),
    ],
)
def test_the_verdict_reads_only_our_servers_aligned_results(results, expected):
    assert verdict(message(*results)) is expected


def test_two_from_addresses_are_refused_whatever_passed():
    raw = message(f"{MAIL_SERVER}; dmarc=pass header.from=atacante.example.com", extra_from="x@atacante.example.com")
    assert verdict(raw) is Verdict.SEVERAL_SENDERS


def test_the_parser_keeps_quoted_semicolons_and_drops_comments():
    server, results = parse_authentication_results(
        'MX.Example.PE; dkim=pass (good; really) header.d=example.pe header.b="ab;cd"; spf=fail smtp.mailfrom=a@b.pe'
    )
    assert server == "mx.example.pe"
    assert [(r.method, r.result) for r in results] == [("dkim", "pass"), ("spf", "fail")]
    assert results[0].properties == {"header.d": "example.pe", "header.b": "ab;cd"}


def test_alignment_is_the_same_domain_or_one_inside_the_other():
    assert aligned("candelaria.gob.pe", "candelaria.gob.pe")
    assert aligned("candelaria.gob.pe", "correo.candelaria.gob.pe")
    assert aligned("prensa.candelaria.gob.pe", "candelaria.gob.pe")
    assert not aligned("candelaria.gob.pe", "falsacandelaria.gob.pe")
    assert not aligned("candelaria.gob.pe", "pe")
    assert not aligned("candelaria.gob.pe", "")


def test_a_forged_message_in_the_analysts_name_is_refused_recorded_and_she_is_told(
    watchlist, analyst, client_as, django_capture_on_commit_callbacks
):
    forged = message(
        f"{MAIL_SERVER}; spf=fail smtp.mailfrom=x@atacante.example.com; dkim=none; dmarc=fail header.from={DOMAIN}"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(forged)) == 0
    assert not Clipping.objects.exists()
    entry = AuditEntry.objects.get(action="monitoring.mail.refused_dmarc_failed")
    assert entry.changes["authentication_results"] == "spf=fail dkim=none dmarc=fail"
    # staff see why on the page of the mailbox source
    mailbox_source = Source.objects.get(name="Correo reenviado")
    html = client_as("head_of_unit").get(reverse("monitoring:source_detail", args=[mailbox_source.pk])).content.decode()
    assert (
        f"Se rechazó un correo a nombre de media_analyst@{DOMAIN} «Radio Mar Brava 7:30»: DMARC falló "
        "(posible suplantación)"
    ) in html.replace("&laquo;", "«").replace("&raquo;", "»")
    # the person named hears of it, with the reason and the server's results
    notice = Notification.objects.get(recipient=analyst)
    assert notice.shown_title == "Se rechazó un correo enviado a su nombre al buzón de monitoreo"
    assert "DMARC falló" in notice.shown_body and "spf=fail dkim=none dmarc=fail" in notice.shown_body
    assert "Radio Mar Brava 7:30" in notice.shown_body


def test_a_message_our_server_never_judged_is_refused_with_that_reason(watchlist, analyst):
    assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(message())) == 0
    assert not Clipping.objects.exists()
    assert AuditEntry.objects.filter(action="monitoring.mail.refused_no_verdict").count() == 1


def test_the_same_message_authenticated_by_our_server_becomes_a_clipping(watchlist, analyst):
    raw = message(authenticated_by_our_server(analyst.email))
    assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(raw)) == 1
    assert Clipping.objects.get().title == "Radio Mar Brava 7:30"
    assert not AuditEntry.objects.filter(action__startswith="monitoring.mail.refused").exists()


def test_strangers_are_still_ignored_without_a_record_or_a_notice(watchlist, analyst):
    raw = message(sender="alguien@spam.example.com")
    assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(raw)) == 0
    assert not AuditEntry.objects.filter(action__startswith="monitoring.mail.refused").exists()
    assert not Notification.objects.exists()


def test_check_warns_when_the_mailbox_is_read_without_the_servers_name(settings):
    settings.HERALDO_MONITORING_MAILBOX = "imaps://monitoreo:clave@correo.example.pe:993/INBOX"
    settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS = []
    with pytest.raises(SystemCheckError, match="heraldo.W102"):
        call_command("check", "--fail-level", "WARNING")
    settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS = [MAIL_SERVER]
    call_command("check", "--fail-level", "WARNING")
