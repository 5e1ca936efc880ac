import os
import signal
import subprocess
import sys

from django.core.management.base import BaseCommand


def child_environment(environ: dict[str, str], *, host: str, port: str) -> dict[str, str]:
    """The web and worker processes' environment: links in e-mails point where this server answers,
    unless the public address was configured."""
    return {**environ, "HERALDO_SITE_URL": environ.get("HERALDO_SITE_URL") or f"http://{host}:{port}"}


class Command(BaseCommand):
    help = "Inicia Heraldo y su proceso de trabajos en segundo plano; Ctrl-C detiene ambos."

    def add_arguments(self, parser):
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args, port: str, host: str, **options):
        manage = [sys.executable, "manage.py"]
        env = child_environment(dict(os.environ), host=host, port=port)
        # A stop by signal (systemd, a container, `kill`) ends both children like Ctrl-C does, rather than
        # leaving them running with the port taken.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        worker = subprocess.Popen([*manage, "run_huey", "--quiet"], env=env)  # noqa: S603
        web = subprocess.Popen([*manage, "runserver", f"{host}:{port}", "--noreload"], env=env)  # noqa: S603
        self.stdout.write(self.style.SUCCESS(f"Heraldo en http://{host}:{port}/  (Ctrl-C para detener)"))
        try:
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
