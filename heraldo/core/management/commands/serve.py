import os
import signal
import subprocess
import sys
import time
import urllib.request

from django.core.management.base import BaseCommand

from heraldo.core import demo
from heraldo.core.models import OutboxEmail, User

# How long `serve` waits for the web server to answer and the worker to empty the outbox before it prints the
# demo logins anyway.
READY_TIMEOUT = 45


def child_environment(environ: dict[str, str], *, host: str, port: str) -> dict[str, str]:
    """The web and worker processes' environment: links in e-mails point where this server answers,
    unless the public address was configured."""
    return {**environ, "HERALDO_SITE_URL": environ.get("HERALDO_SITE_URL") or f"http://{host}:{port}"}


def web_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310  our own loopback server
            return response.status == 200
    except OSError:
        return False


def outbox_emptied() -> bool:
    return not OutboxEmail.objects.filter(status__in=(OutboxEmail.Status.PENDING, OutboxEmail.Status.SENDING)).exists()


class Command(BaseCommand):
    help = "Inicia Heraldo y su proceso de trabajos en segundo plano; Ctrl-C detiene ambos."

    def add_arguments(self, parser):
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument(
            "--demo-logins",
            action="store_true",
            help="Mostrar las cuentas de demostración cuando la web responde y el trabajador vació la bandeja.",
        )

    def handle(self, *args, port: str, host: str, demo_logins: bool = False, **options):
        manage = [sys.executable, "manage.py"]
        env = child_environment(dict(os.environ), host=host, port=port)
        # A stop by signal (systemd, a container, `kill`) ends both children like Ctrl-C does, rather than
        # leaving them running with the port taken.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        worker = subprocess.Popen([*manage, "run_huey", "--quiet"], env=env)  # noqa: S603
        web = subprocess.Popen([*manage, "runserver", f"{host}:{port}", "--noreload", "--skip-checks"], env=env)  # noqa: S603
        try:
            self.announce_when_ready(web, worker, f"http://{host}:{port}", demo_logins=demo_logins)
            while web.poll() is None and worker.poll() is None:
                try:
                    web.wait(timeout=1)
                except subprocess.TimeoutExpired:
                    continue
        except KeyboardInterrupt:
            pass
        finally:
            for process in (web, worker):
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in (web, worker):
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()

    def announce_when_ready(self, web, worker, address: str, *, demo_logins: bool) -> None:
        """The address and the demo logins come last, once the web answers and the worker has sent the
        demo's e-mails, so they are not buried under the start-up lines."""
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline and web.poll() is None and worker.poll() is None:
            if web_answers(f"{address}/healthz") and outbox_emptied():
                break
            time.sleep(0.5)
        if demo_logins and User.objects.filter(username=demo.DEMO_USERS[0].username).exists():
            self.stdout.write("\n".join(demo.demo_logins()))
        self.stdout.write(self.style.SUCCESS(f"Heraldo en {address}/  (Ctrl-C para detener)"))
