"""Links and texts forwarded by e-mail become clippings, once, and only from the monitoring team."""

from __future__ import annotations

import socketserver
import threading
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from django.utils import timezone

from heraldo.core.models import Notification
from heraldo.monitoring.models import Clipping, Mention, TermKind
from heraldo.monitoring.services.mailin import monitoring_read_forwarded_mail


class FakeMailbox:
    """The IMAP server's two operations, over messages held in memory."""

    def __init__(self, *messages: bytes) -> None:
        self.messages = {str(uid): raw for uid, raw in enumerate(messages, 1)}
        self.seen: set[str] = set()

    def unseen(self):
        for uid, raw in list(self.messages.items()):
            if uid not in self.seen:
                yield uid, raw

    def mark_seen(self, uid: str) -> None:
        self.seen.add(uid)


MAIL_SERVER = "mx.candelaria.example.pe"


@pytest.fixture(autouse=True)
def _our_mail_server(settings):
    settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS = [MAIL_SERVER]


def authenticated_by_our_server(sender: str) -> str:
    """The Authentication-Results header our mail server writes for a message it authenticated."""
    domain = sender.rpartition("@")[2]
    return (
        f"{MAIL_SERVER}; spf=pass smtp.mailfrom={sender}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
    )


def forwarded(sender: str, subject: str, text: str, *, html: str = "") -> bytes:
    message = EmailMessage()
    message["Authentication-Results"] = authenticated_by_our_server(sender)
    message["From"] = f"Analista <{sender}>"
    message["To"] = "monitoreo@candelaria.example.pe"
    message["Subject"] = subject
    message["Date"] = format_datetime(timezone.now())
    message["Message-ID"] = make_msgid(domain="candelaria.example.pe")
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    return bytes(message)


@pytest.fixture
def analyst(persona):
    return persona("media_analyst")


def test_a_forwarded_link_is_read_and_its_mentions_found(
    watchlist, analyst, feed_server, django_capture_on_commit_callbacks
):
    feed_server.expect_request("/nota/obra").respond_with_data(
        "<html><body><article><h1>Obra paralizada en el estadio</h1><p>"
        + "El alcalde Jorge Cárdenas fue criticado por la obra paralizada del estadio municipal. " * 5
        + "</p></article></body></html>",
        content_type="text/html",
    )
    link = feed_server.url_for("/nota/obra")
    mailbox = FakeMailbox(forwarded(analyst.email, "RV: mire esta nota", f"Salió esto hoy:\n{link}\n\nSaludos."))
    with django_capture_on_commit_callbacks(execute=True):
        assert monitoring_read_forwarded_mail(mailbox=mailbox) == 1
    clipping = Clipping.objects.get()
    assert clipping.title == "Obra paralizada en el estadio"
    assert clipping.url == link and clipping.source.name == "Correo reenviado"
    assert Mention.objects.filter(clipping=clipping, term__kind=TermKind.MAYOR).exists()
    assert Notification.objects.filter(recipient=analyst, title__contains="Reenvío recibido").exists()
    # the message is handled: a second run adds nothing
    assert monitoring_read_forwarded_mail(mailbox=mailbox) == 0
    assert Clipping.objects.count() == 1


def test_a_forwarded_text_is_kept_once_even_if_the_server_shows_it_again(watchlist, analyst):
    raw = forwarded(
        analyst.email,
        "Fwd: Radio Mar Brava 7:30",
        "En Radio Mar Brava dijeron que la limpieza pública mejoró en Villa del Mar.",
    )
    assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(raw)) == 1
    monitoring_read_forwarded_mail(mailbox=FakeMailbox(raw))  # a server that lost the \\Seen flag
    clipping = Clipping.objects.get()
    assert clipping.title == "Radio Mar Brava 7:30"
    assert "limpieza pública mejoró" in clipping.body_text


def test_strangers_and_other_roles_cannot_feed_the_archive(watchlist, persona):
    mayor = persona("mayor")
    mailbox = FakeMailbox(
        forwarded("alguien@spam.example.com", "Gane dinero", "https://spam.example.com/oferta"),
        forwarded(mayor.email, "Nota", "Un texto del despacho."),
    )
    assert monitoring_read_forwarded_mail(mailbox=mailbox) == 0
    assert not Clipping.objects.exists()
    assert mailbox.seen == {"1", "2"}  # handled, so they are not read every five minutes


def test_a_link_to_a_private_address_is_not_fetched_but_the_words_are_kept(watchlist, analyst):
    text = "Revisen http://169.254.169.254/latest/meta-data/ por favor"
    assert monitoring_read_forwarded_mail(mailbox=FakeMailbox(forwarded(analyst.email, "Raro", text))) == 1
    clipping = Clipping.objects.get()
    assert clipping.body_text == text and clipping.title == "Raro"


def test_an_html_only_message_with_a_hostile_script_keeps_only_text(watchlist, analyst):
    message = EmailMessage()
    message["Authentication-Results"] = authenticated_by_our_server(analyst.email)
    message["From"] = analyst.email
    message["Subject"] = "Nota"
    message.set_content("<p>La municipalidad <b>informa</b></p><script>alert(1)</script>", subtype="html")
    monitoring_read_forwarded_mail(mailbox=FakeMailbox(bytes(message)))
    clipping = Clipping.objects.get()
    assert clipping.body_text == "La municipalidad informa"


class TinyImapServer(socketserver.ThreadingTCPServer):
    """Just enough IMAP4rev1 on loopback for imaplib: login, select, search, fetch, store."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, messages: dict[int, bytes]) -> None:
        self.messages = messages
        self.seen: set[int] = set()
        self.logins: list[tuple[str, str]] = []
        super().__init__(("127.0.0.1", 0), TinyImapHandler)


class TinyImapHandler(socketserver.StreamRequestHandler):
    def reply(self, text: str | bytes) -> None:
        self.wfile.write(text if isinstance(text, bytes) else text.encode())

    def handle(self) -> None:
        server = self.server
        self.reply("* OK IMAP4rev1 ready\r\n")
        while line := self.rfile.readline().decode().rstrip("\r\n"):
            tag, command, *rest = line.split(" ", 2)
            argument = rest[0] if rest else ""
            upper = command.upper()
            if upper == "CAPABILITY":
                self.reply(f"* CAPABILITY IMAP4rev1\r\n{tag} OK done\r\n")
            elif upper == "LOGIN":
                server.logins.append(tuple(argument.replace('"', "").split(" ", 1)))
                self.reply(f"{tag} OK logged in\r\n")
            elif upper == "SELECT":
                self.reply(f"* {len(server.messages)} EXISTS\r\n{tag} OK [READ-WRITE] selected\r\n")
            elif upper == "UID" and argument.upper().startswith("SEARCH"):
                unseen = " ".join(str(uid) for uid in server.messages if uid not in server.seen)
                self.reply(f"* SEARCH {unseen}\r\n{tag} OK done\r\n")
            elif upper == "UID" and argument.upper().startswith("FETCH"):
                uid = int(argument.split()[1])
                raw = server.messages[uid]
                if "RFC822.SIZE" in argument:
                    self.reply(f"* {uid} FETCH (UID {uid} RFC822.SIZE {len(raw)})\r\n{tag} OK done\r\n")
                else:
                    self.reply(f"* {uid} FETCH (UID {uid} BODY[] {{{len(raw)}}}\r\n".encode() + raw + b")\r\n")
                    self.reply(f"{tag} OK done\r\n")
            elif upper == "UID" and argument.upper().startswith("STORE"):
                server.seen.add(int(argument.split()[1]))
                self.reply(f"{tag} OK done\r\n")
            elif upper == "LOGOUT":
                self.reply(f"* BYE\r\n{tag} OK done\r\n")
                return
            else:
                self.reply(f"{tag} BAD unknown\r\n")


def test_the_real_imap_client_reads_and_marks_messages_on_a_server(watchlist, analyst, settings):
    raw = forwarded(analyst.email, "Fwd: Nota de radio", "La limpieza pública mejoró, dijo la radio.")
    server = TinyImapServer({7: raw})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.HERALDO_MONITORING_MAILBOX = f"imap://monitoreo:cl%40ve@127.0.0.1:{server.server_address[1]}/INBOX"
        assert monitoring_read_forwarded_mail() == 1
        assert server.seen == {7} and server.logins == [("monitoreo", "cl@ve")]
        assert monitoring_read_forwarded_mail() == 0
    finally:
        server.shutdown()
        server.server_close()
    assert Clipping.objects.get().title == "Nota de radio"


def test_plain_imap_to_another_machine_is_refused():
    from heraldo.monitoring.mailin import ImapMailbox

    with pytest.raises(ValueError, match="imaps://"):
        ImapMailbox("imap://monitoreo:clave@correo.example.pe/INBOX")
